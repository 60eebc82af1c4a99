import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { KUDOS_MESSAGE_MAX_LENGTH } from '@northstar/shared';
import { messageCounter } from './kudos-draft';
import type { GiveKudosForm } from './use-give-kudos';

/** The company value to praise, as radio buttons, and the message with its counter. */
export function GiveKudosFields({ values, form }: { values: string[]; form: GiveKudosForm }) {
  const { draft, problems, change } = form;
  return (
    <>
      <Field
        label="Company value"
        required
        validationMessage={problems.fields.value}
        validationState={problems.fields.value ? 'error' : 'none'}
      >
        <RadioGroup value={draft.value} onChange={(_, data) => change({ value: data.value })}>
          {values.map((value) => (
            <Radio key={value} value={value} label={value} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Message"
        required
        hint={messageCounter(draft.message)}
        validationMessage={problems.fields.message}
        validationState={problems.fields.message ? 'error' : 'none'}
      >
        <Textarea
          resize="vertical"
          rows={4}
          maxLength={KUDOS_MESSAGE_MAX_LENGTH}
          value={draft.message}
          onChange={(_, data) => change({ message: data.value })}
        />
      </Field>
    </>
  );
}
