import type { Person } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import type { AppointmentAttendee, AppointmentPort } from '../../host/outlook/appointment-port';

/** The Outlook appointment's attendees as people of the organisation, and its first day. */
export interface AppointmentDetails {
  /** Attendees found in the directory by their address (the organizer left out). */
  people: Person[];
  /** Addresses nobody in the organisation has: shown, but left out of the search. */
  outside: AppointmentAttendee[];
  /** The day the appointment is on now; the search window starts there (or today). */
  startsAt: Date;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The person whose mail is exactly `email`, found through the people search. */
async function personByMail(api: ApiClient, email: string): Promise<Person | null> {
  const matches = await api.searchPeople(email.trim());
  return matches.find((person) => sameAddress(person.mail, email)) ?? null;
}

async function loadDetails(
  appointment: AppointmentPort,
  api: ApiClient,
  me: Person,
): Promise<AppointmentDetails> {
  const [attendees, window] = await Promise.all([
    appointment.readAttendees(),
    appointment.readWindow(),
  ]);
  const others = attendees.filter((a) => !sameAddress(a.email, me.mail));
  const found = await Promise.all(others.map((a) => personByMail(api, a.email)));
  const people: Person[] = [];
  const outside: AppointmentAttendee[] = [];
  others.forEach((attendee, index) => {
    const person = found[index];
    if (!person) outside.push(attendee);
    else if (!people.some((p) => p.id === person.id)) people.push(person);
  });
  return { people, outside, startsAt: window.start };
}

/**
 * Reads the appointment's attendees and start, and maps each address to a person through
 * `GET /api/people?search=`; `reload` reads them again (after attendees change in Outlook).
 */
export function useAppointmentDetails(appointment: AppointmentPort) {
  const { api, me } = useApp();
  return useResource(() => loadDetails(appointment, api, me.person), [appointment, api, me.person]);
}
