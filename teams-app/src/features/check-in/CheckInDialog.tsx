import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { CheckIn, CreateCheckIn, GoalView } from '@northstar/shared';
import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/api-client';
import { ApiError, messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import {
  initialDraft,
  optimisticGoal,
  readDraft,
  type CheckInDraft,
  type CheckInFieldErrors,
} from './check-in-draft';
import { useCheckInDialogStyles } from './CheckInDialog.styles';
import { CheckInFields } from './CheckInFields';
import { sendCheckIn } from './send-check-in';

/** Props of `CheckInDialog`; the opener owns `open` and the goal shown in its list. */
export interface CheckInDialogProps {
  /** The goal as the opener shows it now; restored through `onFailed` if saving fails. */
  goal: GoalView;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The goal as it will look once saved: show it at once. */
  onOptimistic: (goal: GoalView) => void;
  /** The server's goal (and the new check-in) once saved. */
  onSaved: (goal: GoalView, checkIn: CheckIn) => void;
  /** Saving failed: show `previous` again and `message` in plain words. */
  onFailed: (previous: GoalView, message: string) => void;
}

/**
 * Check in on a goal: a new value (or "done"), confidence 0-10 and a note. Submitting closes the
 * dialog and reports the optimistic goal at once, then saves; when the server rejects a field,
 * the dialog opens again with the typed values and the message next to that field.
 */
export function CheckInDialog(props: CheckInDialogProps) {
  const { goal, open, onOpenChange } = props;
  const { api } = useApp();
  const styles = useCheckInDialogStyles();
  const [draft, setDraft] = useState<CheckInDraft>(() => initialDraft(goal));
  const [errors, setErrors] = useState<CheckInFieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(goal, draft);
    if (read.errors) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    void save(api, read.body, props, setErrors);
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>Check in on {goal.title}</DialogTitle>
            <DialogContent className={styles.form}>
              <CheckInFields
                goal={goal}
                draft={draft}
                errors={errors}
                onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
              />
            </DialogContent>
            <DialogActions className={styles.actions}>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">Cancel</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary">
                Save check-in
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

async function save(
  api: ApiClient,
  body: CreateCheckIn,
  props: CheckInDialogProps,
  showErrors: (errors: CheckInFieldErrors) => void,
): Promise<void> {
  const previous = props.goal;
  props.onOptimistic(optimisticGoal(previous, body, new Date()));
  props.onOpenChange(false);
  try {
    const saved = await sendCheckIn(api, previous.id, body);
    props.onSaved(saved.goal, saved.checkIn);
  } catch (error) {
    props.onFailed(previous, messageOf(error));
    const fields = fieldErrorsOf(error);
    if (Object.keys(fields).length > 0) {
      showErrors(fields);
      props.onOpenChange(true);
    }
  }
}

/** The problem+json messages for the form's own fields. */
function fieldErrorsOf(error: unknown): CheckInFieldErrors {
  if (!(error instanceof ApiError)) return {};
  const { value, confidence, note } = error.fieldErrors;
  return {
    ...(value === undefined ? {} : { value }),
    ...(confidence === undefined ? {} : { confidence }),
    ...(note === undefined ? {} : { note }),
  };
}
