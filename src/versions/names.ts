// Version names: how long a name and a note may be and when two names are the same version.
// The store, the Versions sheet reader and the panel (its inputs' maxlength, its "taken?" check)
// all read these.

/** The longest version name, in UTF-16 units (what an input's maxlength counts). */
export const NAME_MAX = 80;
export const NOTE_MAX = 1000;

/** Room kept at the end of an automatic name for a number: "before Bear case (12)". */
export const NUMBER_ROOM = 6;

/** Two names are the same version when they match ignoring case and surrounding space. */
export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
