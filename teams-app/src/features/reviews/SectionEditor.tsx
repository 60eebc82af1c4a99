import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReviewAnswers, ReviewTemplate } from '@northstar/shared';
import { useState } from 'react';
import { QuestionField, questionError } from './QuestionField';
import { useReviewsStyles } from './Reviews.styles';

/** The caller's own section, editable: save a draft, or submit it after confirming. */
export function SectionEditor({
  title,
  template,
  initial,
  fieldErrors,
  busy,
  canSubmit,
  onSave,
}: {
  title: string;
  template: ReviewTemplate;
  initial: ReviewAnswers;
  fieldErrors: Readonly<Record<string, string>>;
  busy: boolean;
  canSubmit: boolean;
  onSave: (answers: ReviewAnswers, submit: boolean) => void;
}) {
  const styles = useReviewsStyles();
  const [answers, setAnswers] = useState<ReviewAnswers>(initial);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className={styles.section} aria-label={title}>
      <h2 className={styles.heading}>{title}</h2>
      {template.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          answer={answers[question.id]}
          error={questionError(fieldErrors, question.id)}
          onChange={(answer) => setAnswers((a) => ({ ...a, [question.id]: answer }))}
        />
      ))}
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => onSave(answers, false)}>
          Save draft
        </Button>
        {canSubmit && (
          <Button appearance="primary" disabled={busy} onClick={() => setConfirming(true)}>
            Submit
          </Button>
        )}
      </div>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Submit this review?</DialogTitle>
            <DialogContent>Once submitted you can no longer change your answers.</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onSave(answers, true);
                }}
              >
                Confirm submit
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
