import type { WorkingHours } from '../../contracts/person.js';
import type { SlotAttendee, SlotRange } from './slot-types.js';

/** Monday to Friday. */
export const WEEKDAYS: WorkingHours['days'] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
];

/**
 * An attendee for tests: Mon-Fri 09:00-17:30 in `timeZone` unless `hours` says otherwise, busy
 * during `busy`. Not exported from the package index.
 */
export function testAttendee(
  id: string,
  timeZone: string,
  hours: Partial<WorkingHours> = {},
  busy: SlotRange[] = [],
): SlotAttendee {
  return {
    id,
    workingHours: { days: WEEKDAYS, startTime: '09:00', endTime: '17:30', timeZone, ...hours },
    busy,
  };
}

/** A range of ISO instants. */
export function range(start: string, end: string): SlotRange {
  return { start, end };
}
