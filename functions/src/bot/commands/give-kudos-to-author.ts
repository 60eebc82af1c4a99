import { notYetAvailable } from '../not-yet-available.js';

/** `giveKudosToAuthor`: a message's "..." menu, kudos to its author. The dialog is not built yet. */
export const giveKudosToAuthor = notYetAvailable('Give kudos');
