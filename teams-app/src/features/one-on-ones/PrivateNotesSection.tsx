import {
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  mergeClasses,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { fieldProblems } from './field-problems';
import { FormProblem } from './FormProblem';
import { NotesSaveBar } from './NotesSaveBar';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import { usePrivateNote } from './use-private-note';

/**
 * My private notes on the 1:1. They are loaded and saved on their own; the other participant's
 * are never sent to me, and this panel only ever shows what my own request returned.
 */
export function PrivateNotesSection({
  seriesId,
  meetingId,
}: {
  seriesId: string;
  meetingId: string;
}) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  const hintId = useId();
  const note = usePrivateNote(seriesId, meetingId);
  const { state } = note.note;
  return (
    <section
      className={mergeClasses(styles.panel, styles.privatePanel)}
      aria-labelledby={headingId}
    >
      <h2 className={styles.panelTitle} id={headingId}>
        <LockClosedRegular aria-hidden />
        My private notes
      </h2>
      <Text id={hintId} className={styles.muted}>
        Only you can see these.
      </Text>
      {state.status === 'loading' && <LoadingState label="Loading your private notes" rows={1} />}
      {state.status === 'error' && (
        <ErrorState
          title="Your private notes could not be loaded"
          error={state.error}
          onRetry={note.note.reload}
        />
      )}
      {state.status === 'ready' && <PrivateNoteEditor note={note} hintId={hintId} />}
    </section>
  );
}

function PrivateNoteEditor({
  note,
  hintId,
}: {
  note: ReturnType<typeof usePrivateNote>;
  hintId: string;
}) {
  const styles = useOneOnOneDetailStyles();
  const { status } = note;
  const problems = status.kind === 'error' ? fieldProblems(status.error, ['text'] as const) : null;
  return (
    <>
      {status.kind === 'stale' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Your private notes were saved somewhere else meanwhile (another tab or device). Your
            text is still here; select Save private notes to keep it.
          </MessageBarBody>
        </MessageBar>
      )}
      <FormProblem title="Your private notes were not saved" message={problems?.general ?? null} />
      <Field
        label="Private notes for this 1:1"
        validationMessage={problems?.fields.text}
        validationState={problems?.fields.text ? 'error' : 'none'}
      >
        <Textarea
          className={styles.notes}
          resize="vertical"
          aria-describedby={hintId}
          value={note.text}
          onChange={(_, data) => note.edit(data.value)}
        />
      </Field>
      <NotesSaveBar
        label="Save private notes"
        dirty={note.dirty}
        saving={status.kind === 'saving'}
        saved={status.kind === 'saved'}
        onSave={note.save}
      />
    </>
  );
}
