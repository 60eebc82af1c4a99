import type { ReviewAnswer, ReviewAnswers } from '../../contracts/review.js';
import type { ReviewQuestion, ReviewTemplate } from '../../contracts/review-cycle.js';

/** A comment on a rating or goals question is capped at this many characters. */
export const COMMENT_MAX_LENGTH = 2000;

/** One bad answer, named like `answers.q1.rating` (the HTTP edge prefixes `body.`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The issues of one answer to its question. */
function answerIssues(question: ReviewQuestion, answer: ReviewAnswer): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const field = `answers.${question.id}`;
  if (answer.rating !== undefined) {
    if (question.kind !== 'rating') {
      issues.push({ field: `${field}.rating`, message: 'only a rating question takes a rating' });
    } else if (!Number.isInteger(answer.rating) || answer.rating < 1 || answer.rating > 5) {
      issues.push({ field: `${field}.rating`, message: 'must be a whole number from 1 to 5' });
    }
  }
  const limit = question.kind === 'text' ? question.maxLength : COMMENT_MAX_LENGTH;
  if (answer.text !== undefined && answer.text.length > limit) {
    issues.push({ field: `${field}.text`, message: `must be at most ${limit} characters` });
  }
  return issues;
}

/**
 * The problems of `answers` against `template`: question ids the template does not have, a
 * rating outside 1-5 or on a question that is not a rating, and text longer than the question's
 * `maxLength` (text questions) or `COMMENT_MAX_LENGTH` (a comment on a rating or on the goals).
 * With `forSubmit`, every rating question must also have a rating: text stays optional. Empty
 * when the answers are fine.
 */
export function validateAnswers(
  template: ReviewTemplate,
  answers: ReviewAnswers,
  options: { forSubmit?: boolean } = {},
): FieldIssue[] {
  const byId = new Map(template.questions.map((q) => [q.id, q]));
  const issues = Object.entries(answers).flatMap(([id, answer]) => {
    const question = byId.get(id);
    return question
      ? answerIssues(question, answer)
      : [{ field: `answers.${id}`, message: 'is not a question of this review' }];
  });
  if (options.forSubmit === true) {
    for (const q of template.questions) {
      if (q.kind === 'rating' && answers[q.id]?.rating === undefined) {
        issues.push({ field: `answers.${q.id}.rating`, message: 'is needed to submit' });
      }
    }
  }
  return issues;
}
