// Version names and notes: how long they may be and when two names are the same version, by
// what a reader sees. The store, the Versions sheet reader and the panel (its inputs' maxlength,
// its "taken?" check) all read these. Two names are one when they look alike: compared after
// Unicode normalization, so "Béar" typed as B + é and as B + e + ◌́ is one name. Lengths count
// graphemes, what a reader calls one character ("é", "🐻", "👨‍👩‍👧"), and a name is shortened
// between graphemes, never inside an emoji or before its combining mark (src/model/graphemes.ts).

import { graphemeCount, shorten, unitsFor } from "../model";

/** The longest version name and note, in graphemes. */
export const NAME_MAX = 80;
export const NOTE_MAX = 1000;

/** Room kept at the end of an automatic name for a number: "before Bear case (12)". */
export const NUMBER_ROOM = 6;

/** The form two names are compared in: canonical caseless matching (Unicode D145), space
 * around the name ignored. */
export const nameKey = (name: string): string => name.trim().normalize("NFD").toLocaleLowerCase().normalize("NFD");

/** The same limits in UTF-16 units, as an input's maxlength counts: no stricter than the rules
 * above for any text a person writes (an emoji takes up to 14 units), and refused by them too. */
export const NAME_UNITS_MAX = unitsFor(NAME_MAX);
export const NOTE_UNITS_MAX = unitsFor(NOTE_MAX);

/** Two names are the same version when they look alike: ignoring case, surrounding space and
 * how an accented letter is encoded. */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** How text passes a limit of `max` graphemes: how many it has, or (before counting) that it
 * passes unitsFor(max) UTF-16 units; undefined when it fits. */
export function tooLong(text: string, max: number): { graphemes: number } | { units: number } | undefined {
  if (text.length <= max) return undefined;
  if (text.length > unitsFor(max)) return { units: text.length };
  const count = graphemeCount(text);
  return count > max ? { graphemes: count } : undefined;
}

/** wrap(name), at most `max` graphemes: when too long, the name inside is shortened to end in "…". */
export function fitName(name: string, wrap: (name: string) => string, max: number): string {
  let whole = wrap(name);
  const excess = graphemeCount(whole) - max;
  if (excess <= 0) return whole;
  // One grapheme more for the "…"; and one more each time a join of the parts counts otherwise.
  for (let keep = graphemeCount(name) - excess - 1; keep >= 0; keep--) {
    whole = wrap(`${shorten(name, keep).trimEnd()}…`);
    if (graphemeCount(whole) <= max) break;
  }
  return whole;
}
