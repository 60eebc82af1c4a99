import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { NotepadRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { OneOnOneView } from '@northstar/shared';
import { fieldProblems } from './field-problems';
import { FormProblem } from './FormProblem';
import { NotesSaveBar } from './NotesSaveBar';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import type { Participants } from './participants';
import type { MeetingWrites } from './use-meeting-writes';
import { useSharedNotes } from './use-shared-notes';

/** Props of `SharedNotesSection`. */
export interface SharedNotesSectionProps {
  seriesId: string;
  meeting: OneOnOneView;
  participants: Participants;
  writes: MeetingWrites;
}

/** Notes both participants read and write; a save never silently overwrites the other's. */
export function SharedNotesSection(props: SharedNotesSectionProps) {
  const { seriesId, meeting, participants, writes } = props;
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  const notes = useSharedNotes(seriesId, meeting, writes);
  const { status } = notes;
  const problems =
    status.kind === 'error' ? fieldProblems(status.error, ['sharedNotes'] as const) : null;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 className={styles.panelTitle} id={headingId}>
        <NotepadRegular aria-hidden />
        Shared notes
      </h2>
      <Text className={styles.muted}>
        You and {participants.other.displayName} both see and edit these notes.
      </Text>
      {status.kind === 'conflict' && <ConflictNotice theirs={status.theirs} />}
      <FormProblem title="The shared notes were not saved" message={problems?.general ?? null} />
      <Field
        label="Shared notes for this 1:1"
        validationMessage={problems?.fields.sharedNotes}
        validationState={problems?.fields.sharedNotes ? 'error' : 'none'}
      >
        <Textarea
          className={styles.notes}
          resize="vertical"
          value={notes.draft}
          onChange={(_, data) => notes.edit(data.value)}
        />
      </Field>
      <NotesSaveBar
        label="Save shared notes"
        dirty={notes.dirty}
        saving={status.kind === 'saving'}
        saved={status.kind === 'saved'}
        onSave={notes.save}
      />
    </section>
  );
}

function ConflictNotice({ theirs }: { theirs: string }) {
  const styles = useOneOnOneDetailStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Someone else changed the shared notes while you were writing
        </MessageBarTitle>
        <p className={styles.paragraph}>
          Your text is still in the editor. Copy what you need from their version, then select Save
          shared notes to replace it with yours.
        </p>
        <p className={styles.paragraph}>
          <strong>Their version:</strong>
        </p>
        <blockquote className={styles.quote}>{theirs === '' ? '(empty)' : theirs}</blockquote>
      </MessageBarBody>
    </MessageBar>
  );
}
