import type { MeResponse, OneOnOneSeries, Person } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';

/** A participant of a 1:1 as the screens show them. */
export type Participant = Pick<Person, 'id' | 'displayName' | 'jobTitle'>;

/** The two people of a series, seen from the signed-in one. */
export interface Participants {
  me: Participant;
  other: Participant;
  /** Whether I am the manager of the series. */
  iManage: boolean;
  /** The report, whose goals the 1:1 is about. */
  reportId: string;
}

/** The other participant of a series, seen from `meId`. */
export function otherIdOf(series: OneOnOneSeries, meId: string): string {
  return series.managerId === meId ? series.reportId : series.managerId;
}

/** My manager or one of my reports with `id`, as `/me` knows them. */
export function knownParticipant(me: MeResponse, id: string): Participant | null {
  if (me.manager?.id === id) return me.manager;
  return me.directReports.find((person) => person.id === id) ?? null;
}

/**
 * Anyone else (a former report, say) from the directory; someone it no longer knows is still
 * shown, under a neutral name, so their 1:1s stay reachable.
 */
export async function resolveParticipant(
  api: ApiClient,
  me: MeResponse,
  id: string,
): Promise<Participant> {
  const known = knownParticipant(me, id);
  if (known) return known;
  return api.person(id).catch(() => ({ id, displayName: 'A former colleague', jobTitle: '' }));
}

/** Both participants of a series. */
export async function participantsOf(
  api: ApiClient,
  me: MeResponse,
  series: OneOnOneSeries,
): Promise<Participants> {
  const other = await resolveParticipant(api, me, otherIdOf(series, me.person.id));
  const iManage = series.managerId === me.person.id;
  return { me: me.person, other, iManage, reportId: series.reportId };
}

/** A participant's name as the signed-in person reads it: "You" for themselves. */
export function nameFor(participants: Participants, id: string): string {
  if (id === participants.me.id) return 'You';
  if (id === participants.other.id) return participants.other.displayName;
  return 'Someone else';
}
