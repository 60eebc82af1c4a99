import type { CreatedMeeting, MeResponse } from '@northstar/shared';
import { testMe, testPerson } from '../../test/render-screen';
import type { Suggestion } from './scheduling-format';

/** Two reports of the signed-in manager (Arjun Mehta). */
export const ana = testPerson({ id: 'ana', displayName: 'Ana Lima', managerId: 'arjun-mehta' });
export const ben = testPerson({ id: 'ben', displayName: 'Ben Okafor', managerId: 'arjun-mehta' });

/** `GET /api/me` of a manager with Ana and Ben reporting. */
export const manager: MeResponse = testMe({
  roles: ['employee', 'manager'],
  directReports: [ana, ben],
});

/** A suggested half hour starting at the given instant. */
export function testSuggestion(start: string, confidence = 100): Suggestion {
  return {
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    confidence,
    attendeeAvailability: [
      { personId: 'arjun-mehta', availability: 'free' },
      { personId: 'ana', availability: 'tentative' },
    ],
  };
}

/** What `POST /api/meetings` answers for a booking of `suggestion`. */
export function testCreated(suggestion: Suggestion): CreatedMeeting {
  return {
    eventId: 'event-1',
    joinUrl: 'https://teams.example/join/1',
    transactionId: 'tx-1',
    start: suggestion.start,
    end: suggestion.end,
  };
}

/** The text of what describes a form control (its field's message). */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
