import type { Candidate } from './slot-candidates.js';
import { zoneClock } from './zoned-time.js';

/** 10:00, the mid-morning start ranking prefers, in minutes since midnight. */
export const PREFERRED_START_MINUTE = 10 * 60;

interface Ranked {
  candidate: Candidate;
  outside: number;
  date: string;
  distance: number;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.outside - b.outside ||
    a.date.localeCompare(b.date) ||
    a.distance - b.distance ||
    a.candidate.start - b.candidate.start
  );
}

/**
 * Orders candidates best first, by, in turn:
 * 1. fewer attendees outside their working hours (only differs when those are waived);
 * 2. the earlier calendar day in `timeZone` (the organizer's): sooner is better;
 * 3. the start closer to 10:00 in `timeZone`: mid-morning, clear of the first hour's email and
 *    of the end of the day;
 * 4. the earlier start (a tie-break that keeps the order total, so ranking is deterministic).
 */
export function rankCandidates(candidates: readonly Candidate[], timeZone: string): Candidate[] {
  const clock = zoneClock(timeZone);
  return candidates
    .map((candidate): Ranked => {
      const wall = clock.toWall(candidate.start);
      return {
        candidate,
        outside: candidate.outsideHours.length,
        date: wall.date,
        distance: Math.abs(wall.minuteOfDay - PREFERRED_START_MINUTE),
      };
    })
    .sort(compareRanked)
    .map((ranked) => ranked.candidate);
}

/**
 * Walks ranked candidates and keeps those that overlap none kept before, up to `max`: a list of
 * times to choose from, rather than one time shifted by 15 minutes again and again.
 */
export function pickNonOverlapping(ranked: readonly Candidate[], max: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.length >= max) break;
    if (kept.every((k) => k.end <= candidate.start || k.start >= candidate.end))
      kept.push(candidate);
  }
  return kept;
}
