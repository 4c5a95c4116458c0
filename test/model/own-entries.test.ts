// Every name a user types that is looked up in a table (category, alias, language, style, unit)
// matches only the table's own entries: never a property every JavaScript object inherits.
// Checked through the custom functions as Excel calls them, for every lookup parameter.
import * as FTX from "../../functions/functions";
import { cell } from "../support/cell";

const INHERITED = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "Constructor",
  " constructor ",
  "ｃｏｎｓｔｒｕｃｔｏｒ",
];

const error = (code: string, text: string) => ({ error: code, message: expect.stringContaining(`"${text}"`) });

describe.each(INHERITED)("%p", (name) => {
  test("as a category: #N/A (LOSS, SOURCE)", () => {
    expect(cell(() => FTX.loss(name))).toEqual(error("#N/A", name));
    expect(cell(() => FTX.source(name))).toEqual(error("#N/A", name));
    expect(cell(() => FTX.source(name, "ja"))).toEqual(error("#N/A", name));
  });

  test("as a language or style: #VALUE! (FORMAT, CATEGORIES, SOURCE)", () => {
    expect(cell(() => FTX.format(1e9, name))).toEqual(error("#VALUE!", name));
    expect(cell(() => FTX.categories(name))).toEqual(error("#VALUE!", name));
    expect(cell(() => FTX.source("luna", name))).toEqual(error("#VALUE!", name));
  });

  test("as an amount's unit: #VALUE! (AMOUNT, FORMAT, TOTAL, FTTLOSS)", () => {
    for (const text of [`1${name}`, `1 ${name}`, `$1.5 ${name}`, name]) {
      expect(cell(() => FTX.amount(text))).toEqual(error("#VALUE!", text));
      expect(cell(() => FTX.format(text))).toEqual(error("#VALUE!", text));
      expect(cell(() => FTX.total([[1], [text]]))).toEqual(error("#VALUE!", text));
      expect(cell(() => FTX.fttloss(text as unknown as number, 22, 4.4))).toEqual(
        { error: "#VALUE!", message: expect.any(String) },
      );
    }
  });
});

test("the real entries still match", () => {
  expect(FTX.format(1e9, "ja")).toBe("10億ドル");
  expect(FTX.categories("日本語")[0][1]).toBe("Voyager/BlockFiの買収");
  expect(FTX.source("terra", "en")).toMatch(/LUNA/);
  expect(FTX.amount("1.5 billion")).toBe(1.5e9);
});
