import { Button, Link, Text } from '@fluentui/react-components';
import type { CreatedMeeting } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { FormError, fieldErrorsOf } from './FormError';
import { MeetingFields } from './MeetingFields';
import { useSchedulingStyles } from './Scheduling.styles';
import { formatSlot, type Suggestion } from './scheduling-format';
import { useSubmit } from './use-submit';

/** Subject and agenda for the chosen time, then the booking and its Teams link. */
export function BookMeeting({
  suggestion,
  attendeeIds,
}: {
  suggestion: Suggestion;
  attendeeIds: string[];
}) {
  const { api } = useApp();
  const styles = useSchedulingStyles();
  const [subject, setSubject] = useState('Goal review');
  const [agenda, setAgenda] = useState('');
  const book = useSubmit(() =>
    api.createMeeting({
      attendeeIds,
      start: suggestion.start,
      end: suggestion.end,
      subject,
      ...(agenda.trim() === '' ? {} : { agenda }),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  );
  if (book.state.status === 'done') return <Booked meeting={book.state.data} />;
  return (
    <form
      className={styles.fieldset}
      aria-label="Book the chosen time"
      onSubmit={(event) => {
        event.preventDefault();
        void book.run(undefined);
      }}
    >
      <Text>Booking {formatSlot(suggestion.start, suggestion.end)}</Text>
      <MeetingFields
        subject={subject}
        agenda={agenda}
        onSubject={setSubject}
        onAgenda={setAgenda}
        errors={fieldErrorsOf(book.state)}
      />
      <FormError title="The meeting was not booked" state={book.state} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={book.state.status === 'busy'}>
          {book.state.status === 'busy' ? 'Booking…' : 'Book'}
        </Button>
      </div>
    </form>
  );
}

function Booked({ meeting }: { meeting: CreatedMeeting }) {
  const styles = useSchedulingStyles();
  return (
    <div role="status" className={styles.text}>
      <Text weight="semibold">Booked for {formatSlot(meeting.start, meeting.end)}</Text>
      {meeting.joinUrl ? (
        <Link href={meeting.joinUrl} target="_blank" rel="noreferrer">
          Join in Teams
        </Link>
      ) : (
        <Text>The meeting has no Teams link yet; it is in your calendar.</Text>
      )}
    </div>
  );
}
