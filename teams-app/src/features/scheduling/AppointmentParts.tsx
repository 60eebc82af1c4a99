import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { messageOf } from '../../api/api-error';
import { MEETING_TEMPLATES, type TemplateId } from './meeting-templates';
import { useSchedulingStyles } from './Scheduling.styles';
import { formatSlot, type Suggestion } from './scheduling-format';
import type { AppointmentDetails } from './use-appointment-details';
import type { SubmitState } from './use-submit';

/** Who the Outlook meeting invites: people of the organisation, and addresses left out. */
export function MeetingAttendees({
  details,
  onReload,
}: {
  details: AppointmentDetails;
  onReload: () => void;
}) {
  const styles = useSchedulingStyles();
  return (
    <div className={styles.fieldset}>
      <Text as="h3" weight="semibold" className={styles.panelHeading}>
        Attendees from the meeting
      </Text>
      {details.people.length === 0 ? (
        <Text className={styles.secondary}>
          No one from your organisation is invited yet. Add people to the meeting in Outlook, then
          read the attendees again.
        </Text>
      ) : (
        <ul className={styles.list} aria-label="Attendees from the meeting">
          {details.people.map((person) => (
            <li key={person.id} className={styles.text}>
              {person.displayName}
            </li>
          ))}
        </ul>
      )}
      {details.outside.length > 0 && (
        <>
          <Text className={styles.secondary}>
            Not in your organisation, so left out of the search:
          </Text>
          <ul className={styles.list} aria-label="Not in your organisation">
            {details.outside.map((a) => (
              <li key={a.email} className={styles.text}>
                {a.name === a.email ? a.email : `${a.name} (${a.email})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.row}>
        <Button onClick={onReload}>Read attendees again</Button>
      </div>
    </div>
  );
}

const TEMPLATE_IDS = Object.keys(MEETING_TEMPLATES) as TemplateId[];

/** Review or 1:1: sets the subject, the length and the agenda. */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: TemplateId;
  onChange: (id: TemplateId) => void;
}) {
  return (
    <Field label="Kind of meeting" hint="Sets the subject, length and agenda">
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_e, data) => {
          const picked = TEMPLATE_IDS.find((id) => id === data.value);
          if (picked) onChange(picked);
        }}
      >
        {TEMPLATE_IDS.map((id) => (
          <Radio key={id} value={id} label={MEETING_TEMPLATES[id].label} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Where writing the chosen time into Outlook stands. */
export function WriteOutcome({ state }: { state: SubmitState<Suggestion> }) {
  const styles = useSchedulingStyles();
  switch (state.status) {
    case 'idle':
      return null;
    case 'busy':
      return <Spinner size="small" label="Writing to the Outlook meeting…" />;
    case 'error':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            Outlook could not update the meeting: {messageOf(state.error)}
          </MessageBarBody>
        </MessageBar>
      );
    case 'done':
      return (
        <div role="status" className={styles.text}>
          <Text weight="semibold">
            The meeting is now {formatSlot(state.data.start, state.data.end)}, with its subject and
            agenda.
          </Text>
          <Text>Check it in Outlook, then send it.</Text>
        </div>
      );
  }
}
