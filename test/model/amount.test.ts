import fc from "fast-check";
import { formatAmount, formatTolerance, parseAmount, type Locale } from "../../src/model";
import { readFixture } from "../support/fixtures";
import { checkAll } from "../support/property";

describe("parseAmount reads what analysts write", () => {
  test.each(readFixture("amounts.tsv"))("%p → %p", (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: Number(expected) });
  });
});

describe("parseAmount rejects what is not an amount", () => {
  test.each(readFixture("amounts-error.tsv"))("%p", (input) => {
    const result = parseAmount(input);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind === "passthrough") throw new Error("expected a value error");
    expect(result.error.kind).toBe("value");
    expect(result.error.message).toContain("Expected a US-dollar amount");
  });

  test("says why yen is refused", () => {
    const result = parseAmount("15億円");
    expect(!result.ok && result.error.kind === "value" && result.error.message).toMatch(/US-dollar/);
    expect(!result.ok && result.error.kind === "value" && result.error.message).toMatch(/yen/);
  });

  test.each([[true], [null], [undefined], [{}], [NaN], [Infinity]])("non-text %p", (input) => {
    expect(parseAmount(input).ok).toBe(false);
  });

  test("numbers pass through", () => {
    expect(parseAmount(1.5e9)).toEqual({ ok: true, value: 1.5e9 });
    expect(parseAmount(-0)).toEqual({ ok: true, value: 0 });
  });
});

describe("formatAmount", () => {
  test.each<[number, Locale, string]>([
    [15.5e9, "en", "$15.5B"],
    [1.5e9, "en", "$1.5B"],
    [4e9, "en", "$4B"],
    [227_272_727.27, "en", "$227.27M"],
    [210e6, "en", "$210M"],
    [1234, "en", "$1.23K"],
    [999.999, "en", "$1K"],
    [999_996_000, "en", "$1B"],
    [950.5, "en", "$950.5"],
    [1.5e12, "en", "$1.5T"],
    [-1.5e9, "en", "-$1.5B"],
    [-0.001, "en", "$0"],
    [0, "en", "$0"],
    [15.5e9, "ja", "155億ドル"],
    [1.5e9, "ja", "15億ドル"],
    [1.5e12, "ja", "1兆5000億ドル"],
    [20e6, "ja", "2000万ドル"],
    [227_272_727.27, "ja", "2億2727万ドル"],
    [12_345, "ja", "1万2345ドル"],
    [5000, "ja", "5000ドル"],
    [-1.5e9, "ja", "-15億ドル"],
    [0, "ja", "0ドル"],
  ])("%p in %p → %p", (amount, locale, text) => {
    expect(formatAmount(amount, locale)).toBe(text);
  });
});

const amounts = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 100),
  fc.constantFrom(0, 1e3, 1e6, 1e9, 1e12, 999.995, 999_995, 999_999_999.99, 99_995_000),
);

describe("properties (10,000 generated inputs each)", () => {
  test.each<Locale>(["en", "ja"])("parse(format(x)) is x within the shown rounding (%s)", (locale) => {
    checkAll(
      amounts,
      (x) => {
        const text = formatAmount(x, locale);
        const back = parseAmount(text);
        if (!back.ok) return `${text} did not parse back`;
        const off = Math.abs(back.value - x);
        return off <= formatTolerance(x, locale) ? undefined : `${text} reads back ${off} away`;
      },
      10_000,
    );
  });

  test("any string: a finite number or a #VALUE! message, never a throw", () => {
    checkAll(
      fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), amountLikeText()),
      (text) => {
        const result = parseAmount(text);
        if (result.ok) return Number.isFinite(result.value) ? undefined : `read as ${result.value}`;
        return result.error.kind === "value" ? undefined : `a ${result.error.kind} error`;
      },
      10_000,
    );
  });
});

/** Text close to real amounts, so the generator reaches deep into the parser. */
function amountLikeText() {
  const piece = fc.constantFrom(
    "1", "15", "0.5", "2,000", "1,5", ".", ",", "億", "兆", "万", "京", "ドル", "$", "US$", "-",
    "▲", "(", ")", "B", "bn", "M", " ", "e", "9", "十", "五", "千", "１", "円", "billion",
  );
  return fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
}
