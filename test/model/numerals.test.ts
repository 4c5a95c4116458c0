// Japanese numerals by their grammar, and the common forms' fast path, through FTX.AMOUNT as
// Excel calls it. The grammar's cases both ways are in test/fixtures/amounts*.tsv.
import fc from "fast-check";
import * as FTX from "../../functions/functions";
import { cell, inJapaneseExcel } from "../support/cell";

describe("FTX.AMOUNT reads Japanese numerals by their grammar", () => {
  test.each([
    ["3千万", 30_000_000],
    ["1千億", 100_000_000_000],
    ["二十億", 2_000_000_000],
    ["千五百億", 150_000_000_000],
    ["1億2345万6789", 123_456_789],
    ["1兆5000億ドル", 1_500_000_000_000],
    ["▲3千万", -30_000_000],
  ])("%s = %d", (text, value) => {
    expect(FTX.amount(text)).toBe(value);
  });

  test.each(["十十億", "千千億", "五十五十億", "1億12345万", "1兆50000億", "1億1000000000"])(
    "%s is #VALUE! naming the text",
    (text) => {
      expect(cell(() => FTX.amount(text))).toEqual({
        error: "#VALUE!",
        message: expect.stringContaining(`"${text}" is not an amount.`),
      });
    },
  );

  test("a megabyte of 十 before 億 is #VALUE!, named by its start and length", () => {
    const text = "十".repeat(1 << 20) + "億";
    const shown = cell(() => FTX.amount(text)) as { error: string; message: string };
    expect(shown.error).toBe("#VALUE!");
    expect(shown.message).toContain(`"${"十".repeat(60)}…" (1,048,577 characters) is not an amount.`);
    expect(shown.message.length).toBeLessThan(400);
  });

  test("a long text is shortened between graphemes: never half an emoji, never a letter without its accent", () => {
    const accent = cell(() => FTX.amount(`${"x".repeat(59)}e\u0301 apples`)) as { message: string };
    expect(accent.message).toMatch(new RegExp(`^"x{59}…" \\(67 characters\\) is not an amount\\.`));
    const bear = inJapaneseExcel(() => cell(() => FTX.amount(`${"十".repeat(59)}🐻🐻億`))) as { message: string };
    expect(bear.message).toMatch(/^「十{59}…」\(全62文字\)は金額として読めません。/);
  });

  test("the length quoted counts characters as a reader sees them: an emoji, a flag or a family is one", () => {
    const text = `${"🐻".repeat(40)}${"🇯🇵".repeat(5)}👨‍👩‍👧‍👦億`; // 47 characters in 112 UTF-16 units
    const en = cell(() => FTX.amount(text)) as { message: string };
    expect(en.message).toMatch(/^"(?:🐻){30}…" \(47 characters\) is not an amount\./u);
    const ja = inJapaneseExcel(() => cell(() => FTX.amount(text))) as { message: string };
    expect(ja.message).toMatch(/^「(?:🐻){30}…」\(全47文字\)は金額として読めません。/u);
  });

  test("in Japanese Excel the long text is shortened the same way", () => {
    const shown = inJapaneseExcel(() => cell(() => FTX.amount("十".repeat(5000) + "億"))) as { message: string };
    expect(shown.message).toMatch(/^「十{60}…」\(全5,001文字\)は金額として読めません。/);
  });
});

describe("the common forms read as the full path reads them", () => {
  // Spaces around an amount send it down the full path; without them, common forms take the fast
  // path. Both must agree on every text, amount or not.
  const piece = fc.constantFrom(
    "1", "15", "0.5", "2,000", "1,5", ".", ",", "億", "兆", "万", "京", "ドル", "$", "US$", "US$ ",
    "-", "▲", "B", "bn", "M", "million", " ", "9", "十", "千", "5000", "１", "k", "T",
  );
  test("fast path = full path (10,000 generated texts)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }).map((p) => p.join("")), (text) => {
        expect(cell(() => FTX.amount(` ${text} `))).toEqual(
          typeof cell(() => FTX.amount(text)) === "number"
            ? cell(() => FTX.amount(text))
            : { error: "#VALUE!", message: expect.any(String) },
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
