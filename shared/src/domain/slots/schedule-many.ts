import { explainNoSlots } from './explain-no-slots.js';
import type { Interval } from './intervals.js';
import { rankCandidates } from './rank-slots.js';
import { candidateSlots, prepareSearch, type Candidate } from './slot-candidates.js';
import type { SlotAttendee, SlotRange, SlotSearch } from './slot-types.js';

/** Input of {@link scheduleMany}. */
export interface ScheduleManyInput extends SlotSearch {
  /** In every meeting; ranking prefers mid-morning in their zone unless `timeZone` is given. */
  organizer: SlotAttendee;
  /** One meeting each with the organizer. */
  people: SlotAttendee[];
}

/** The outcome for one person: a slot, or in words why there is none. */
export interface ScheduledMeeting {
  personId: string;
  slot?: SlotRange;
  reason?: string;
}

interface Options {
  person: SlotAttendee;
  index: number;
  /** Times that suit both, best first. */
  ranked: Candidate[];
}

interface Booking extends Interval {
  personId: string;
}

const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

function optionsFor(input: ScheduleManyInput, person: SlotAttendee, index: number): Options {
  const { organizer, people: _people, ...search } = input;
  const prepared = prepareSearch({ ...search, attendees: [organizer, person] });
  return { person, index, ranked: rankCandidates(candidateSlots(prepared), prepared.timeZone) };
}

function reasonFor(input: ScheduleManyInput, options: Options, booked: Booking[]): string {
  const pair = `${input.organizer.id} and ${options.person.id}`;
  if (options.ranked.length === 0) {
    const { organizer, people: _people, ...search } = input;
    const why = explainNoSlots({ ...search, attendees: [organizer, options.person] });
    return why?.message ?? `No time suits both ${pair}`;
  }
  const rivals = booked
    .filter((b) => options.ranked.some((c) => overlaps(b, c)))
    .map((b) => b.personId);
  return `Every time that suits both ${pair} is taken by the meetings with ${rivals.join(', ')}`;
}

/**
 * Books one meeting for each person with the organizer, never two at once: the organizer is in
 * all of them, so no two slots overlap.
 *
 * Greedy, most constrained first: people with fewer times that suit both them and the organizer
 * (see `findSlots` for the rules a time must meet) choose before people with more, ties in the
 * given order; each takes their best-ranked time (`rankCandidates`) not yet taken. Greedy is
 * not optimal: in rare cases a different assignment would seat one more person. Pure and
 * deterministic.
 *
 * @returns one outcome per person, in the order given.
 * @throws RangeError for the inputs `findSlots` rejects.
 */
export function scheduleMany(input: ScheduleManyInput): ScheduledMeeting[] {
  const everyone = input.people.map((person, index) => optionsFor(input, person, index));
  const order = [...everyone].sort(
    (a, b) => a.ranked.length - b.ranked.length || a.index - b.index,
  );
  const booked: Booking[] = [];
  const outcomes = new Map<number, ScheduledMeeting>();
  for (const options of order) {
    const personId = options.person.id;
    const slot = options.ranked.find((c) => booked.every((b) => !overlaps(b, c)));
    if (slot) {
      booked.push({ personId, start: slot.start, end: slot.end });
      const range = {
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
      };
      outcomes.set(options.index, { personId, slot: range });
    } else {
      outcomes.set(options.index, { personId, reason: reasonFor(input, options, booked) });
    }
  }
  return everyone.map((o) => outcomes.get(o.index) ?? { personId: o.person.id });
}
