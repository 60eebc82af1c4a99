import { Field, Input, Textarea } from '@fluentui/react-components';
import { fieldError } from './scheduling-format';

/** Subject and agenda, each with the server's message beside it. */
export function MeetingFields({
  subject,
  agenda,
  onSubject,
  onAgenda,
  errors,
  agendaHint = 'Attached to the Teams meeting',
  agendaRows,
}: {
  subject: string;
  agenda: string;
  onSubject: (value: string) => void;
  onAgenda: (value: string) => void;
  errors: Readonly<Record<string, string>>;
  agendaHint?: string;
  /** Visible lines of the agenda box (the browser's default when unset). */
  agendaRows?: number;
}) {
  const message = (name: string) => {
    const text = fieldError(errors, name);
    return text === undefined ? {} : { validationMessage: text };
  };
  return (
    <>
      <Field label="Subject" required {...message('subject')}>
        <Input
          value={subject}
          onChange={(_e, data) => {
            onSubject(data.value);
          }}
        />
      </Field>
      <Field label="Agenda" hint={agendaHint} {...message('agenda')}>
        <Textarea
          value={agenda}
          resize="vertical"
          {...(agendaRows === undefined ? {} : { rows: agendaRows })}
          onChange={(_e, data) => {
            onAgenda(data.value);
          }}
        />
      </Field>
    </>
  );
}
