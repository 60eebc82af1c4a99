import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { AttendeePicker } from './AttendeePicker';
import { BookMeeting } from './BookMeeting';
import { FormError, fieldErrorsOf } from './FormError';
import { useSchedulingStyles } from './Scheduling.styles';
import { SuggestionList } from './SuggestionList';
import { WindowFields } from './WindowFields';
import { defaultWindow, fieldError, type Suggestion, type WindowDraft } from './scheduling-format';
import { useAttendees } from './use-attendees';
import { useFindTimes } from './use-find-times';

/** "Find a time": who, how long and when; the times everyone is free; book the one chosen. */
export function FindTimePanel() {
  const { me } = useApp();
  const styles = useSchedulingStyles();
  const attendees = useAttendees(me.directReports);
  const [draft, setDraft] = useState<WindowDraft>(() => defaultWindow(new Date()));
  const find = useFindTimes(draft);
  const errors = fieldErrorsOf(find.state);
  const nameOf = (id: string) => (id === me.person.id ? 'You' : attendees.nameOf(id));
  return (
    <section className={styles.panel} aria-labelledby="find-time-heading">
      <Text as="h2" id="find-time-heading" weight="semibold" className={styles.panelHeading}>
        Find a time
      </Text>
      <AttendeePicker
        candidates={attendees.candidates}
        selectedIds={attendees.selectedIds}
        onToggle={attendees.toggle}
        onAdd={attendees.add}
        error={fieldError(errors, 'attendeeIds')}
      />
      <WindowFields value={draft} onChange={setDraft} errors={errors} />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={find.state.status === 'busy'}
          onClick={() => void find.run(attendees.selectedIds)}
        >
          Find times
        </Button>
      </div>
      {find.state.status === 'busy' && <Spinner size="small" label="Finding times…" />}
      <FormError title="We could not find times" state={find.state} />
      {find.state.status === 'done' && <FoundTimes {...find.state.data} nameOf={nameOf} />}
    </section>
  );
}

function FoundTimes({
  attendeeIds,
  suggestions,
  nameOf,
}: {
  attendeeIds: string[];
  suggestions: Suggestion[];
  nameOf: (personId: string) => string;
}) {
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  return (
    <>
      <SuggestionList
        suggestions={suggestions}
        chosen={chosen}
        onChoose={setChosen}
        nameOf={nameOf}
      />
      {chosen && <BookMeeting key={chosen.start} suggestion={chosen} attendeeIds={attendeeIds} />}
    </>
  );
}
