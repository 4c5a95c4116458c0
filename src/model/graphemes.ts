// Text shortened as a reader sees it: by grapheme, what a reader calls one character ("é",
// "🐻", "👨‍👩‍👧"), never inside an emoji, between a surrogate pair or before a combining mark.
// Every cut of user text (a version name, a quote in a message, a sheet name) goes through here.

/** How many UTF-16 units `count` graphemes may take: 16 each, room for the longest emoji in use
 * (the flag of England is 14 units); only stacks of combining marks go beyond. The cap keeps a
 * pasted megabyte out of a cell and out of the segmenter, which in V8 spends time proportional to
 * the whole text on every grapheme it steps over. */
export const unitsFor = (count: number): number => count * 16;

// Without Intl.Segmenter (Firefox before 125), a character with the marks and joined characters
// after it is one grapheme: close to Unicode's rule for names, and never splitting a surrogate pair.
const FALLBACK = /(?:\p{M}+|\P{M}\p{M}*)(?:\u200d\P{M}\p{M}*)*/gsu;
const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : undefined;

function* segments(by: Intl.Segmenter, text: string): Generator<string> {
  for (const s of by.segment(text)) yield s.segment;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit < 0xdc00;

/** The graphemes of text, or only its first `limit` graphemes. For a limit, the segmenter reads
 * no more of the text than they can take (unitsFor), and a grapheme that may run on past what it
 * read is left out. */
export function graphemes(text: string, limit = Infinity): string[] {
  let window = text;
  if (text.length > unitsFor(limit) + 1) {
    const end = unitsFor(limit) + 1;
    window = text.slice(0, isHighSurrogate(text.charCodeAt(end - 1)) ? end + 1 : end);
  }
  const found: string[] = [];
  let units = 0;
  for (const g of segmenter ? segments(segmenter, window) : (window.match(FALLBACK) ?? [])) {
    if (found.length >= limit) break;
    found.push(g);
    units += g.length;
  }
  // The window's last grapheme may continue in the text (a mark, a joined emoji after it).
  if (window !== text && units === window.length) found.pop();
  return found;
}

/** Graphemes a window of text is read in: the segmenter's time per grapheme grows with the text
 * it was handed, so a whole text at once takes time proportional to its length squared (in V8, a
 * second for 100,000 units), and windows of this size keep the count linear. */
const COUNT_WINDOW = 256;

/** How many graphemes text has: what a reader counts as its characters ("🐻" and "é" are one). */
export function graphemeCount(text: string): number {
  if (!segmenter) return text.match(FALLBACK)?.length ?? 0;
  let count = 0;
  let window = COUNT_WINDOW;
  for (let from = 0; from < text.length; ) {
    // Never between the halves of a surrogate pair: a boundary depends on the whole character after it.
    const end = from + window + (isHighSurrogate(text.charCodeAt(from + window - 1)) ? 1 : 0);
    let found = 0;
    let lastStart = 0;
    for (const s of segmenter.segment(text.slice(from, end))) {
      found++;
      lastStart = s.index;
    }
    if (end >= text.length) return count + found;
    // The window's last grapheme may continue past it: read again from its start. Every start
    // found is a boundary of the whole text too: a boundary depends on the text before it and
    // the one character after it, all inside the window, which itself starts at a boundary.
    if (found > 1) {
      count += found - 1;
      from += lastStart;
      window = COUNT_WINDOW;
    } else window *= 2; // one grapheme longer than the window: a stack of marks
  }
  return count;
}

/** The first `max` graphemes of text. */
export const shorten = (text: string, max: number): string => (text.length <= max ? text : graphemes(text, max).join(""));

/** The longest start of text, in whole graphemes, of at most `units` UTF-16 units (what Excel
 * counts in a sheet name). */
export function fitUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  let fit = "";
  // A grapheme takes a unit at least: no more than `units` of them can fit.
  for (const g of graphemes(text, units)) {
    if (fit.length + g.length > units) break;
    fit += g;
  }
  return fit;
}

/** Text as a message quotes it: whole up to `units` UTF-16 units, else its start in whole
 * graphemes and "…", `units` in all. */
export const clipped = (text: string, units: number): string =>
  text.length <= units ? text : `${fitUnits(text, units - 1)}…`;
