import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { ReviewAnswer, ReviewQuestion } from '@northstar/shared';
import { fieldErrorAt } from './field-error';

/** One question as an input: a labelled 1-5 radio group for ratings, a text area otherwise. */
export function QuestionField({
  question,
  answer,
  error,
  onChange,
}: {
  question: ReviewQuestion;
  answer: ReviewAnswer | undefined;
  error: string | undefined;
  onChange: (answer: ReviewAnswer) => void;
}) {
  const validation = error ? { validationMessage: error } : {};
  if (question.kind === 'rating')
    return (
      <Field label={question.text} {...validation}>
        <RadioGroup
          value={answer?.rating === undefined ? '' : String(answer.rating)}
          onChange={(_, data) => onChange({ ...answer, rating: Number(data.value) })}
        >
          {question.levels.map((level, index) => (
            <Radio
              key={level}
              value={String(index + 1)}
              label={`${String(index + 1)} – ${level}`}
            />
          ))}
        </RadioGroup>
      </Field>
    );
  const hint =
    question.kind === 'goals' ? { hint: 'Optional: a comment on the goals listed above.' } : {};
  return (
    <Field label={question.text} {...hint} {...validation}>
      <Textarea
        value={answer?.text ?? ''}
        resize="vertical"
        {...(question.kind === 'text' ? { maxLength: question.maxLength } : {})}
        onChange={(_, data) => onChange({ ...answer, text: data.value })}
      />
    </Field>
  );
}

/** The first server message for a question (`answers.<id>` or below it). */
export function questionError(
  fieldErrors: Readonly<Record<string, string>>,
  questionId: string,
): string | undefined {
  return fieldErrorAt(fieldErrors, `answers.${questionId}`);
}
