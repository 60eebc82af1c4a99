import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import type { TeamBooking } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { FormError, fieldErrorsOf } from './FormError';
import { MeetingFields } from './MeetingFields';
import { useSchedulingStyles } from './Scheduling.styles';
import { WindowFields } from './WindowFields';
import { defaultWindow, formatSlot, windowInstants, type WindowDraft } from './scheduling-format';
import { useSubmit } from './use-submit';

function useTeamBooking() {
  const { api } = useApp();
  const [draft, setDraft] = useState<WindowDraft>(() => defaultWindow(new Date()));
  const [subject, setSubject] = useState('Goal review');
  const [agenda, setAgenda] = useState('');
  const book = useSubmit(() =>
    api.scheduleTeam({
      durationMinutes: draft.durationMinutes,
      ...windowInstants(draft),
      subject,
      ...(agenda.trim() === '' ? {} : { agenda }),
    }),
  );
  return { draft, setDraft, subject, setSubject, agenda, setAgenda, book };
}

/** "Schedule my team's reviews": one meeting with each report, then per person what happened. */
export function TeamReviewsPanel() {
  const styles = useSchedulingStyles();
  const { draft, setDraft, subject, setSubject, agenda, setAgenda, book } = useTeamBooking();
  const errors = fieldErrorsOf(book.state);
  return (
    <section className={styles.panel} aria-labelledby="team-reviews-heading">
      <Text as="h2" id="team-reviews-heading" weight="semibold" className={styles.panelHeading}>
        Schedule my team&apos;s reviews
      </Text>
      <form
        className={styles.fieldset}
        aria-label="Schedule my team's reviews"
        onSubmit={(event) => {
          event.preventDefault();
          void book.run(undefined);
        }}
      >
        <WindowFields value={draft} onChange={setDraft} errors={errors} />
        <MeetingFields
          subject={subject}
          agenda={agenda}
          onSubject={setSubject}
          onAgenda={setAgenda}
          errors={errors}
        />
        <FormError title="The reviews were not booked" state={book.state} />
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={book.state.status === 'busy'}>
            Book all
          </Button>
        </div>
      </form>
      {book.state.status === 'busy' && (
        <Spinner size="small" label="Booking your team's reviews…" />
      )}
      {book.state.status === 'done' && <TeamResults items={book.state.data.items} />}
    </section>
  );
}

function TeamResults({ items }: { items: TeamBooking[] }) {
  const { me } = useApp();
  const styles = useSchedulingStyles();
  if (items.length === 0) return <Text role="status">You have no direct reports to book.</Text>;
  const nameOf = (id: string) => me.directReports.find((p) => p.id === id)?.displayName ?? id;
  return (
    <ul className={styles.list} aria-label="Review bookings">
      {items.map((item) => (
        <li key={item.personId} className={styles.item}>
          <div className={styles.text}>
            <Text weight="semibold">{nameOf(item.personId)}</Text>
            <Text>{outcomeWords(item)}</Text>
          </div>
          {item.joinUrl && (
            <Link href={item.joinUrl} target="_blank" rel="noreferrer">
              Join in Teams
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

function outcomeWords(item: TeamBooking): string {
  if (item.status === 'booked' && item.start && item.end) {
    return `Booked: ${formatSlot(item.start, item.end)}`;
  }
  return `Not booked: ${item.reason ?? 'no time was found'}`;
}
