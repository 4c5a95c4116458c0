// A model sheet as the earlier release inserted it (layout 1, `git show 8a43bf2:src/template/plan.ts`):
// columns A–G = id, label, article, estimate (D), difference (E), share (F), reasoning (G); the
// categories in rows 7–14, the total in row 15, the FTT drivers in D18:D20, the references in
// rows 25–28, nothing below; no layout marker in the unit row. Built from today's sheet by putting
// its difference, share and reasoning columns back in E, F and G: the rows and every formula in
// them are the same (they refer to C and D only).

import { parseAddress } from "../../src/sheet/address";
import { ROWS, column } from "../../src/template/layout";
import { insertedSheet } from "./sheet-snapshot";

export function earlierLayoutSheet(locale: "en" | "ja"): ReturnType<typeof insertedSheet> {
  const today = insertedSheet(locale);
  const index = (key: Parameters<typeof column>[0]) => parseAddress(`${column(key)}1`).column - 1;
  const moved = [index("difference"), index("share"), index("reasoning")];
  const rows = ROWS.references.last;
  const grids = [today.formulas, today.values, today.valueTypes, today.text] as unknown[][][];
  const [formulas, values, valueTypes, text] = grids.map((grid, g) =>
    grid.slice(0, rows).map((row) => {
      const empty = g === 2 ? "Empty" : "";
      return [...row.slice(0, 4), ...moved.map((i) => row[i] ?? empty)];
    }),
  );
  return {
    ...today,
    usedAddress: `'${today.name}'!A1:G${rows}`,
    formulas,
    values,
    valueTypes: valueTypes as string[][],
    text: text as string[][],
    // The earlier sheet validated its estimates and drivers only.
    validations: {},
  };
}
