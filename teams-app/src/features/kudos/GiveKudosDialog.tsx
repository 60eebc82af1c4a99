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
import type { KudosView, Person } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { FormProblem } from '../one-on-ones/FormProblem';
import { GiveKudosFields } from './GiveKudosFields';
import { useKudosStyles } from './Kudos.styles';
import { useGiveKudos } from './use-give-kudos';

/** Props of `GiveKudosDialog`; the opener owns `open` and mounts a fresh dialog each time. */
export interface GiveKudosDialogProps {
  receiver: Person;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The kudos were given (the dialog does not close itself). */
  onGiven: (kudos: KudosView) => void;
}

/**
 * Give kudos to `receiver`: pick one of the organisation's values and write a message. A field
 * the server refuses shows its message next to that field; anything else above the form.
 */
export function GiveKudosDialog({ receiver, open, onOpenChange, onGiven }: GiveKudosDialogProps) {
  const { api } = useApp();
  const styles = useKudosStyles();
  const values = useResource(() => api.companyValues(), [api]);
  const form = useGiveKudos(receiver.id, onGiven);
  const { state } = values;
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <form onSubmit={form.submit} noValidate>
          <DialogBody>
            <DialogTitle>Give kudos to {receiver.displayName}</DialogTitle>
            <DialogContent className={styles.form}>
              <FormProblem title="The kudos were not sent" message={form.problems.general} />
              {state.status === 'loading' && (
                <LoadingState label="Loading your company values" rows={2} />
              )}
              {state.status === 'error' && (
                <ErrorState
                  title="We could not load your company values"
                  error={state.error}
                  onRetry={values.reload}
                />
              )}
              {state.status === 'ready' && <GiveKudosFields values={state.data} form={form} />}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">Cancel</Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabled={state.status !== 'ready' || form.sending}
              >
                {form.sending ? 'Sending…' : 'Send kudos'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
