import { pickNonOverlapping, rankCandidates } from './rank-slots.js';
import { candidateSlots, prepareSearch, type Candidate } from './slot-candidates.js';
import {
  DEFAULT_MAX_SUGGESTIONS,
  type FindSlotsInput,
  type SlotAttendee,
  type Suggestion,
} from './slot-types.js';

function toSuggestion(candidate: Candidate, attendees: readonly SlotAttendee[]): Suggestion {
  const outside = new Set(candidate.outsideHours);
  const inside = attendees.filter((a) => !outside.has(a.id)).length;
  return {
    start: new Date(candidate.start).toISOString(),
    end: new Date(candidate.end).toISOString(),
    confidence: Math.round((100 * inside) / attendees.length),
    attendeeAvailability: attendees.map((a) => ({
      personId: a.id,
      availability: outside.has(a.id) ? 'outside_hours' : 'free',
    })),
  };
}

/**
 * Ranked times when every attendee can meet for `durationMinutes`, best first.
 *
 * Candidates start on a `stepMinutes` grid counted from the Unix epoch (so on the quarter hour
 * by default, in every zone whose offset is a multiple of 15 minutes) and lie wholly inside the
 * window, at or after `now`. At each, every attendee is free (no busy block overlaps) and, unless
 * `respectWorkingHours` is false, inside their OWN working hours in their own time zone. Ranking
 * is {@link rankCandidates}; the result holds no two overlapping times (see
 * {@link pickNonOverlapping}). Pure and deterministic: the same input gives the same output.
 *
 * @returns at most `maxSuggestions` suggestions; `[]` when nobody can meet (ask
 * `explainNoSlots` why).
 * @throws RangeError for no attendees, an unparsable instant, an unknown time zone, or a
 * non-positive duration or step.
 */
export function findSlots(input: FindSlotsInput): Suggestion[] {
  const search = prepareSearch(input);
  const max = Math.max(0, Math.floor(input.maxSuggestions ?? DEFAULT_MAX_SUGGESTIONS));
  const ranked = rankCandidates(candidateSlots(search), search.timeZone);
  return pickNonOverlapping(ranked, max).map((c) => toSuggestion(c, input.attendees));
}
