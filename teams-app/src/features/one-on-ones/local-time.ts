const pad = (value: number) => String(value).padStart(2, '0');

/** A date as the values of `<input type="date">` and `<input type="time">`, in local time. */
export function toLocalInputs(date: Date): { date: string; time: string } {
  return {
    date: `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** The instant that local date and time inputs name, as ISO 8601; null when incomplete. */
export function fromLocalInputs(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, year, month, day] = dateMatch.map(Number);
  const [, hours, minutes] = timeMatch.map(Number);
  const local = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** An instant as people read a meeting time: "Thu, 12 Mar 2026, 10:00" in their locale. */
export function formatMeetingTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** An instant's calendar day only: "12 Mar 2026". */
export function formatMeetingDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
