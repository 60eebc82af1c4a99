import type { KudosView } from '@northstar/shared';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { fieldProblems, type FieldProblems } from '../one-on-ones/field-problems';
import {
  EMPTY_DRAFT,
  KUDOS_FIELDS,
  readKudosDraft,
  type KudosDraft,
  type KudosField,
} from './kudos-draft';

const NO_PROBLEMS: FieldProblems<KudosField> = { fields: {}, general: null };

/** The give-kudos form: its draft, what is wrong with it, and its submission. */
export interface GiveKudosForm {
  draft: KudosDraft;
  change: (change: Partial<KudosDraft>) => void;
  problems: FieldProblems<KudosField>;
  sending: boolean;
  submit: (event: FormEvent) => void;
}

/**
 * State of one give-kudos dialog. One idempotency key per dialog: sending again after an
 * error whose answer was lost cannot give the same kudos twice.
 */
export function useGiveKudos(
  receiverId: string,
  onGiven: (kudos: KudosView) => void,
): GiveKudosForm {
  const { api } = useApp();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<KudosDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [sending, setSending] = useState(false);
  const send = async () => {
    const read = readKudosDraft(receiverId, draft);
    if ('errors' in read) {
      setProblems({ fields: read.errors, general: null });
      return;
    }
    setProblems(NO_PROBLEMS);
    setSending(true);
    try {
      onGiven(await api.giveKudos(read.body, idempotencyKey));
    } catch (error) {
      setProblems(fieldProblems(error, KUDOS_FIELDS));
      setSending(false);
    }
  };
  return {
    draft,
    change: (change) => setDraft((current) => ({ ...current, ...change })),
    problems,
    sending,
    submit: (event) => {
      event.preventDefault();
      if (!sending) void send();
    },
  };
}
