// A1 addresses: "D7" ↔ { row: 7, column: 4 }, ranges and runs of cells. Every layer that names a
// cell goes through these, so no file parses an address with its own regular expression.

export interface CellRef {
  /** 1-based, as in "A1". */
  row: number;
  /** 1-based: A = 1. */
  column: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return column;
}

/** "D7", "$D$7" or "d7" → { row: 7, column: 4 }; throws on anything else. */
export function parseAddress(address: string): CellRef {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/i.exec(address.trim());
  if (!m) throw new Error(`"${address}" is not a single-cell A1 address.`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

export const addressOf = (ref: CellRef): string => `${columnLetters(ref.column)}${ref.row}`;

/** "'My sheet'!D7:E9" → "D7:E9": the address as Excel reports it, without its sheet. */
export const withoutSheet = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** "D7:E8" → its top-left and bottom-right cells; "D7" is both. */
export function rangeBounds(range: string): { from: CellRef; to: CellRef } {
  const [from, to = from] = withoutSheet(range).split(":");
  return { from: parseAddress(from), to: parseAddress(to) };
}

/** Every cell of a range, row by row: "D7:E8" → D7, E7, D8, E8. */
export function cellsIn(range: string): string[] {
  const { from, to } = rangeBounds(range);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++) {
    for (let column = from.column; column <= to.column; column++) cells.push(addressOf({ row, column }));
  }
  return cells;
}

/** The range from one cell to another: "D7:D14", or "D7" when they are the same. */
export function rangeOf(from: CellRef, to: CellRef): string {
  const a = addressOf(from);
  const b = addressOf(to);
  return a === b ? a : `${a}:${b}`;
}

/** "D7:D14" → "$D$7:$D$14": how a defined name refers to a range. */
export const absolute = (range: string): string =>
  range
    .split(":")
    .map((a) => {
      const { row, column } = parseAddress(a);
      return `$${columnLetters(column)}$${row}`;
    })
    .join(":");

/** "D7","D8",...,"D12","D14" → "D7:D12","D14": one range per unbroken run down a column. */
export function columnRuns(addresses: readonly string[]): string[] {
  const cells = addresses.map(parseAddress).sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { from: CellRef; to: CellRef }[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.to.column === cell.column && last.to.row + 1 === cell.row) last.to = cell;
    else runs.push({ from: cell, to: cell });
  }
  return runs.map((r) => rangeOf(r.from, r.to));
}
