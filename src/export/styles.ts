// A plan's cell styles in ExcelJS's terms.

import type ExcelJS from "exceljs";
import type { CellStyle } from "../sheet/plan";

/** "#1F3864" → "FF1F3864" (ExcelJS wants alpha first). */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** The workbook's default font (ExcelJS's, as Excel's): a cell's font replaces it whole, so a
 * style that sets only a colour or a size would otherwise lose the name, and LibreOffice would
 * draw that cell in its own default (a serif). */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor", size: 11 };

export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = { ...DEFAULT_FONT, ...font };
  if (style.fill) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.horizontal) alignment.horizontal = style.horizontal;
  // Office.js says "Center" where OOXML (and so ExcelJS) says "middle".
  if (style.vertical) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  if (style.borderTop) border.top = { style: style.borderTop };
  if (style.borderBottom) border.bottom = { style: style.borderBottom };
  if (Object.keys(border).length > 0) out.border = border;
  return out;
}
