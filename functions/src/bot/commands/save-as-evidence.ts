import { notYetAvailable } from '../not-yet-available.js';

/** `saveAsEvidence`: a message's "..." menu, kept on one of my goals. Not built yet. */
export const saveAsEvidence = notYetAvailable('Save as evidence');
