export {
  isValidTimeZone,
  utcToWallTime,
  wallTimeToUtc,
  zoneClock,
  type WallTime,
  type ZoneClock,
  type ZonedWallTime,
} from './zoned-time.js';
export * from './slot-types.js';
export { describeDays, describeWorkingHours } from './describe-hours.js';
export { PREFERRED_START_MINUTE } from './rank-slots.js';
export { findSlots } from './find-slots.js';
export { explainNoSlots, type NoSlotsCode, type NoSlotsReason } from './explain-no-slots.js';
export { scheduleMany, type ScheduleManyInput, type ScheduledMeeting } from './schedule-many.js';
