import { Button, Spinner, Text } from '@fluentui/react-components';
import type { Person } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import type { AppointmentPort } from '../../host/outlook/appointment-port';
import { MeetingAttendees, TemplatePicker, WriteOutcome } from './AppointmentParts';
import { FormError, fieldErrorsOf } from './FormError';
import { MeetingFields } from './MeetingFields';
import { agendaHtml, MEETING_TEMPLATES, subjectFor, type TemplateId } from './meeting-templates';
import { useSchedulingStyles } from './Scheduling.styles';
import { defaultWindow, type Suggestion, type WindowDraft } from './scheduling-format';
import { SuggestionList } from './SuggestionList';
import { useAppointmentDetails, type AppointmentDetails } from './use-appointment-details';
import { useFindTimes } from './use-find-times';
import { useSubmit, type SubmitHandle } from './use-submit';
import { WindowFields } from './WindowFields';

/**
 * The scheduling screen inside Outlook's task pane: the meeting's attendees, a review or 1:1
 * template, the times everyone is free, and "Use this time", which writes time, subject and
 * agenda into the meeting being organized (no second event is created).
 */
export function AppointmentPanel({ appointment }: { appointment: AppointmentPort }) {
  const styles = useSchedulingStyles();
  const details = useAppointmentDetails(appointment);
  return (
    <section className={styles.panel} aria-labelledby="appointment-heading">
      <Text as="h2" id="appointment-heading" weight="semibold" className={styles.panelHeading}>
        Fill in this Outlook meeting
      </Text>
      {details.state.status === 'loading' && (
        <LoadingState label="Reading the meeting's attendees" rows={2} />
      )}
      {details.state.status === 'error' && (
        <ErrorState
          title="We could not read the meeting's attendees"
          error={details.state.error}
          onRetry={details.reload}
        />
      )}
      {details.state.status === 'ready' && (
        <AppointmentScheduler
          appointment={appointment}
          details={details.state.data}
          onReload={details.reload}
        />
      )}
    </section>
  );
}

/** The template's fields, and the search window from the meeting's day (or today). */
function useMeetingDraft(details: AppointmentDetails) {
  const [templateId, setTemplateId] = useState<TemplateId>('review');
  const first = MEETING_TEMPLATES[templateId];
  const [searchWindow, setSearchWindow] = useState<WindowDraft>(() => ({
    ...defaultWindow(new Date(Math.max(Date.now(), details.startsAt.getTime()))),
    durationMinutes: first.durationMinutes,
  }));
  const [subject, setSubject] = useState(() => subjectFor(first, details.people));
  const [agenda, setAgenda] = useState(first.agenda);
  const pickTemplate = (id: TemplateId) => {
    const template = MEETING_TEMPLATES[id];
    setTemplateId(id);
    setSearchWindow((w) => ({ ...w, durationMinutes: template.durationMinutes }));
    setSubject(subjectFor(template, details.people));
    setAgenda(template.agenda);
  };
  return {
    ...{ templateId, pickTemplate, searchWindow, setSearchWindow },
    ...{ subject, setSubject, agenda, setAgenda },
  };
}

function AppointmentScheduler({
  appointment,
  details,
  onReload,
}: {
  appointment: AppointmentPort;
  details: AppointmentDetails;
  onReload: () => void;
}) {
  const draft = useMeetingDraft(details);
  const noSubject = draft.subject.trim() === '';
  const write = useSubmit(async (slot: Suggestion) => {
    await appointment.writeMeeting({
      start: new Date(slot.start),
      end: new Date(slot.end),
      subject: draft.subject.trim(),
      bodyHtml: agendaHtml(draft.agenda),
    });
    return slot;
  });
  return (
    <>
      <MeetingAttendees details={details} onReload={onReload} />
      <TemplatePicker value={draft.templateId} onChange={draft.pickTemplate} />
      <MeetingFields
        subject={draft.subject}
        agenda={draft.agenda}
        onSubject={draft.setSubject}
        onAgenda={draft.setAgenda}
        errors={noSubject ? { subject: 'Give the meeting a subject' } : {}}
        agendaHint="Written into the meeting's description"
        agendaRows={6}
      />
      <TimesForMeeting
        people={details.people}
        searchWindow={draft.searchWindow}
        onSearchWindow={draft.setSearchWindow}
        write={write}
        canWrite={!noSubject}
      />
    </>
  );
}

/** Find times for the meeting's people, then "Use this time" on one of them. */
function TimesForMeeting({
  people,
  searchWindow,
  onSearchWindow,
  write,
  canWrite,
}: {
  people: Person[];
  searchWindow: WindowDraft;
  onSearchWindow: (next: WindowDraft) => void;
  write: SubmitHandle<Suggestion, Suggestion>;
  canWrite: boolean;
}) {
  const { me } = useApp();
  const styles = useSchedulingStyles();
  const find = useFindTimes(searchWindow);
  const nameOf = (id: string) =>
    id === me.person.id ? 'You' : (people.find((p) => p.id === id)?.displayName ?? id);
  return (
    <>
      <WindowFields
        value={searchWindow}
        onChange={onSearchWindow}
        errors={fieldErrorsOf(find.state)}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={find.state.status === 'busy' || people.length === 0}
          onClick={() => void find.run(people.map((p) => p.id))}
        >
          Find times
        </Button>
      </div>
      {find.state.status === 'busy' && <Spinner size="small" label="Finding times…" />}
      <FormError title="We could not find times" state={find.state} />
      <WriteOutcome state={write.state} />
      {find.state.status === 'done' && (
        <SuggestionList
          suggestions={find.state.data.suggestions}
          chosen={write.state.status === 'done' ? write.state.data : null}
          onChoose={(slot) => void write.run(slot)}
          nameOf={nameOf}
          actionLabel="Use this time"
          disabled={write.state.status === 'busy' || !canWrite}
        />
      )}
    </>
  );
}
