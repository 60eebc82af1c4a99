import { WeekdaySchema, type Person, type Weekday, type WorkingHours } from '@northstar/shared';
import { toIanaZone, toTimeOfDay } from './graph-time.js';

/** A Graph `user` as far as we read it; Graph may omit or null any field but `id`. */
export interface GraphUser {
  id?: string | null;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  manager?: GraphUser | null;
}

/** Graph `workingHours` (from `mailboxSettings` or `getSchedule`). */
export interface GraphWorkingHours {
  daysOfWeek?: string[] | null;
  startTime?: string | null;
  endTime?: string | null;
  timeZone?: { name?: string | null } | null;
}

/** A zone and working hours, shaped like Graph `mailboxSettings` (the parts we read). */
export interface GraphMailboxSettings {
  timeZone?: string | null;
  workingHours?: GraphWorkingHours | null;
}

/** The `$select` for a person. */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department';

/** Used when a calendar's working hours cannot be read: Monday to Friday, 09:00 to 17:00 UTC. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '09:00',
  endTime: '17:00',
  timeZone: 'UTC',
};

function isWeekday(day: string): day is Weekday {
  return WeekdaySchema.safeParse(day).success;
}

/**
 * Graph working hours in our terms, or `null` when they cannot be read whole (no days, a time
 * that is not `HH:MM...`, or a zone with no IANA name, such as a `customTimeZone`).
 */
export function toWorkingHours(
  hours: GraphWorkingHours | null | undefined,
  fallbackZone: string | null = null,
): WorkingHours | null {
  const days = (hours?.daysOfWeek ?? []).map((d) => d.toLowerCase()).filter(isWeekday);
  const startTime = toTimeOfDay(hours?.startTime);
  const endTime = toTimeOfDay(hours?.endTime);
  const timeZone = toIanaZone(hours?.timeZone?.name) ?? fallbackZone;
  if (days.length === 0 || !startTime || !endTime || !timeZone) return null;
  return { days, startTime, endTime, timeZone };
}

/** The address Graph schedules with: `mail`, else the sign-in name; `''` when neither. */
export function mailOf(user: GraphUser): string {
  return user.mail ?? user.userPrincipalName ?? '';
}

/**
 * A Graph user as a {@link Person}, null-safe: missing texts become `''`. `managerId` is the
 * expanded `manager.id` unless given. Time zone and working hours come from `extras.mailbox`
 * (the `workingHours` `getSchedule` reported) when readable, else {@link DEFAULT_WORKING_HOURS}.
 * @returns `null` for an entry without an id.
 */
export function toPerson(
  user: GraphUser,
  extras: { managerId?: string | null; mailbox?: GraphMailboxSettings | null } = {},
): Person | null {
  if (!user.id) return null;
  const zone = toIanaZone(extras.mailbox?.timeZone);
  const hours = toWorkingHours(extras.mailbox?.workingHours, zone);
  return {
    id: user.id,
    displayName: user.displayName ?? '',
    mail: mailOf(user),
    jobTitle: user.jobTitle ?? '',
    department: user.department ?? '',
    managerId: extras.managerId !== undefined ? extras.managerId : (user.manager?.id ?? null),
    timeZone: zone ?? hours?.timeZone ?? DEFAULT_WORKING_HOURS.timeZone,
    workingHours: hours ?? { ...DEFAULT_WORKING_HOURS, timeZone: zone ?? 'UTC' },
  };
}
