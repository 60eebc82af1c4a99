import { isValidTimeZone, zoneClock } from '@northstar/shared';

/** Graph's `dateTimeTimeZone`: a wall-clock time and the zone it is read in. */
export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

/**
 * Windows zone names Exchange reports (`workingHours.timeZone.name`, `mailboxSettings.timeZone`)
 * mapped to IANA, after CLDR's windowsZones table (territory "001"). A zone missing here is
 * treated as unknown rather than guessed.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central America Standard Time': 'America/Guatemala',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Calcutta',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

const UTC_NAMES = new Set(['utc', 'etc/utc', 'tzone://microsoft/utc', 'gmt']);

function isIanaZone(name: string): boolean {
  return (name.includes('/') || name === 'UTC') && isValidTimeZone(name);
}

/** The IANA zone for a Windows or IANA zone name, or `null` when it cannot be known. */
export function toIanaZone(name: string | null | undefined): string | null {
  if (!name) return null;
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  return WINDOWS_TO_IANA[name] ?? (isIanaZone(name) ? name : null);
}

const WALL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * The UTC instant (ISO 8601, `Z`) of a Graph `dateTimeTimeZone`. Graph answers in the zone of
 * the `Prefer: outlook.timezone` header, which it may ignore, so the zone is always honoured.
 * @throws Error when the zone or the time cannot be read: a guessed time could double-book.
 */
export function toUtcIso(value: GraphDateTime): string {
  const match = WALL_PATTERN.exec(value.dateTime);
  const zone = toIanaZone(value.timeZone);
  if (!match || !zone) {
    throw new Error(`Unreadable Graph time "${value.dateTime}" in "${value.timeZone}"`);
  }
  const [, y, mo, d, h, mi, s = '00'] = match;
  // The shared zone clock settles DST gaps and overlaps (Temporal's 'compatible').
  const instant = zoneClock(zone).toUtc({ date: `${y}-${mo}-${d}`, time: `${h}:${mi}` });
  return new Date(instant + Number(s) * 1000).toISOString();
}

/** A UTC instant as a Graph `dateTimeTimeZone`, read on the wall clock of `zone` (IANA). */
export function toGraphDateTime(instantIso: string, zone = 'UTC'): GraphDateTime {
  const iana = toIanaZone(zone) ?? 'UTC';
  const instant = Date.parse(instantIso);
  const offsetMs = zoneClock(iana).offsetMinutes(instant) * 60_000;
  const wall = new Date(instant + offsetMs).toISOString().slice(0, 19);
  return { dateTime: wall, timeZone: iana };
}

/** `08:00:00.0000000` -> `08:00`; `null` when it is not a time of day. */
export function toTimeOfDay(value: string | null | undefined): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)/.exec(value ?? '');
  return match ? `${match[1]}:${match[2]}` : null;
}
