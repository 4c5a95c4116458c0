import fc from "fast-check";
import * as FTX from "../functions/functions";
import type { MetadataParameter } from "../scripts/functions-ja";
import { FTX_FUNCTIONS } from "./support/ftx-functions";
import { checkAll } from "./support/property";
import { cell, useJapaneseExcel } from "./support/cell";

describe("the examples of the public contract", () => {
  test("LOSS", () => {
    expect(FTX.loss("luna")).toBe(1e9);
    expect(FTX.loss("voyager_blockfi")).toBe(1.5e9);
    expect(FTX.loss("ftt_drop")).toBe(4e9);
    expect(FTX.loss("total")).toBe(15.5e9);
    expect(FTX.loss("リスク投資")).toBe(2e9);
    expect(cell(() => FTX.loss("lunar"))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/Unknown category "lunar"\. Valid ids: voyager_blockfi, luna, .*total\./),
    });
  });

  test("TOTAL", () => {
    // As Excel calls it: the repeating argument is one array of ranges, then the invocation.
    const invocation: unknown = { address: "Sheet1!A1" };
    expect(FTX.total([[1.5e9], [1e9], [null], ["20億"]], [[["$1B"]], [[0.5e9], [1e9]]])).toBe(7e9);
    expect((FTX.total as (...a: unknown[]) => number)([[1]], [], invocation)).toBe(1);
    expect((FTX.total as (...a: unknown[]) => number)([[1]], null, invocation)).toBe(1);
    expect((FTX.total as (...a: unknown[]) => number)([[2]], undefined, invocation)).toBe(2);
    expect(cell(() => FTX.total([[1], ["oops"]]))).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining('"oops" (row 2, column 1) is not an amount'),
    });
    const divError = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect(cell(() => FTX.total([[1], [divError]]))).toEqual({ error: "#DIV/0!", message: "" });
  });

  test("AMOUNT", () => {
    expect(FTX.amount("15億")).toBe(1.5e9);
    expect(FTX.amount("$1.5B")).toBe(1.5e9);
    expect(FTX.amount(42)).toBe(42);
    expect(cell(() => FTX.amount("fifteen"))).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("Expected a US-dollar amount"),
    });
  });

  test("FORMAT", () => {
    expect(FTX.format(15.5e9)).toBe("$15.5B");
    expect(FTX.format(15.5e9, "ja")).toBe("155億ドル");
    expect(FTX.format("155億ドル", "en")).toBe("$15.5B");
    expect(FTX.format(-1.5e9, "日本語")).toBe("-15億ドル");
    expect(cell(() => FTX.format(1, "fr"))).toEqual({
      error: "#VALUE!",
      message: 'Unknown language "fr": use "en" (English) or "ja" (Japanese).',
    });
  });

  test("CATEGORIES", () => {
    const en = FTX.categories();
    expect(en).toHaveLength(8);
    expect(en[1]).toEqual(["luna", "LUNA exposure", 1e9]);
    expect(FTX.categories("ja")[4]).toEqual(["venture", "リスク投資", 2e9]);
    expect(en.reduce((s, row) => s + (row[2] as number), 0)).toBe(15.5e9);
  });

  test("SOURCE", () => {
    expect(FTX.source("algo")).toMatch(/Knight Capital/);
    expect(FTX.source("algo", "ja")).toMatch(/10億ドルを超える/);
    expect(cell(() => FTX.source("nope", "ja"))).toEqual({ error: "#N/A", message: expect.any(String) });
  });

  test("FTTLOSS", () => {
    expect(FTX.fttloss(4e9 / 17.6, 22, 4.4)).toBe(4e9);
    expect(FTX.fttloss(1e6, 22, 4.4)).toBe(17.6e6);
    expect(cell(() => FTX.fttloss(-1, 22, 4.4))).toEqual({ error: "#VALUE!", message: expect.any(String) });
  });
});

// What Excel can hand a function: numbers, text, booleans, blanks.
const scalar = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("luna", "total", "ja", "en", "15億", "$1.5B", "", "日本語", "1兆5000億", "-1.5B"),
);
const grid = fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

/** Arguments of the kinds Excel passes for a parameter, from its declaration in functions.json. */
function argument(p: MetadataParameter): fc.Arbitrary<unknown> {
  const one: fc.Arbitrary<unknown> = p.dimensionality === "matrix" ? grid : scalar;
  if (p.repeating) return fc.option(fc.array(one, { maxLength: 3 }), { nil: undefined });
  return p.optional ? fc.option(one, { nil: undefined }) : one;
}

/** Every FTX function (functions.json), with generated arguments for its declared parameters. */
const FUNCTIONS = FTX_FUNCTIONS.map((f) => {
  const args = fc.tuple(...(f.parameters ?? []).map(argument));
  return [f.id, args, (a: unknown[]) => cell(() => f.wrapper(...a))] as const;
});

/** What is wrong with a cell's result, if anything: it must be a finite number, text, a 2-D array
 * of those, or one of the two documented errors with a message. */
function problem(result: unknown): string | undefined {
  const finite = (v: unknown) => typeof v !== "number" || Number.isFinite(v);
  if (typeof result === "number" || typeof result === "string") {
    return finite(result) ? undefined : `the number ${result}`;
  }
  if (Array.isArray(result)) {
    return result.every((row: unknown[]) => row.every(finite)) ? undefined : "a number in the array is not finite";
  }
  const { error, message } = result as { error: string; message: string };
  if (!["#VALUE!", "#N/A", "#NUM!"].includes(error)) return `the error ${error}`;
  return message.length > 10 ? undefined : `the message "${message}" says too little`;
}

describe("no crash, no NaN or Infinity, only #VALUE!, #N/A or #NUM! (10,000 generated inputs each)", () => {
  test.each(FUNCTIONS)("%s", (_id, args, run) => {
    checkAll(args, (a) => problem(run(a)), 10_000);
  });
});

describe("in Japanese Excel, every error message is Japanese (10,000 generated inputs each)", () => {
  useJapaneseExcel();

  test("examples", () => {
    expect(cell(() => FTX.loss("lunar"))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/^不明なカテゴリ「lunar」です。有効なID: voyager_blockfi, /),
    });
    expect(cell(() => FTX.total([[1], ["oops"]]))).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^「oops」\(2行目、1列目\)は金額ではありません。/),
    });
    expect(cell(() => FTX.amount("15億円"))).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("米ドル以外の通貨"),
    });
  });

  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
  test.each(FUNCTIONS)("%s", (_id, args, run) => {
    checkAll(args, (a) => {
      const result = run(a) as { error?: string; message?: string };
      const english = typeof result === "object" && result !== null && "error" in result && !japanese.test(result.message ?? "");
      return english ? `the message "${result.message}" is not Japanese` : undefined;
    }, 10_000);
  });
});
