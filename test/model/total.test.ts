import fc from "fast-check";
import { sumAmounts, fttLoss, ARTICLE_FTT } from "../../src/model";
import { checkAll } from "../support/property";

describe("sumAmounts", () => {
  test("numbers, text amounts and blanks", () => {
    expect(sumAmounts([[[1.5e9, "10億"], [null, ""], ["$2B", "  "]]])).toEqual({ ok: true, value: 4.5e9 });
  });

  test("several arguments", () => {
    expect(sumAmounts([[[1]], [[2], [3]], [["4"]]])).toEqual({ ok: true, value: 10 });
  });

  test("text that is not an amount names the text and where it stood", () => {
    const result = sumAmounts([[[1], [2]], [[1e9], ["1.5X"], [3]]]);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "value",
        message: expect.stringContaining('"1.5X" (argument 2, row 2, column 1) is not an amount'),
        ja: expect.stringContaining("「1.5X」(引数2、2行目、1列目)は金額ではありません。"),
      },
    });
  });

  test("a boolean is not silently skipped", () => {
    const result = sumAmounts([[[true]]]);
    expect(!result.ok && result.error.kind).toBe("value");
  });

  test("an error value in the input comes out as that error", () => {
    const cellError = { code: "#DIV/0!" };
    expect(sumAmounts([[[1], [cellError]]])).toEqual({ ok: false, error: { kind: "passthrough", original: cellError } });
  });

  test("overflow is a #NUM!, not Infinity", () => {
    const result = sumAmounts([[[1.7e308, 1.7e308]]]);
    expect(!result.ok && result.error.kind).toBe("number");
  });

  test("exact to the cent over 1,000,000 amounts of up to 1e12 (with cancellation)", () => {
    // Exact reference in integer cents with BigInt; amounts alternate in sign so the total is
    // small while the naive running sum is huge and loses the cents.
    const n = 1_000_000;
    const rows: number[][] = [];
    let exactCents = 0n;
    let seed = 12345;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const cents = BigInt(seed % 100_000) * 1_000_000n + BigInt(seed % 99_991); // up to ~1e12 dollars
      const signed = i % 2 === 0 ? cents : -cents + BigInt(seed % 7);
      exactCents += signed;
      rows.push([Number(signed) / 100]);
    }
    const result = sumAmounts([rows]);
    if (!result.ok) throw new Error("sum failed");
    const exact = Number(exactCents) / 100;
    expect(Math.abs(result.value - exact)).toBeLessThan(0.005);
    let naive = 0;
    for (const [x] of rows) naive += x;
    // The test data is hard: a plain loop does lose the cents here.
    expect(Math.abs(naive - exact)).toBeGreaterThan(0.005);
  });

  test("positive amounts: the compensated sum is the exact sum correctly rounded", () => {
    checkAll(
      fc.array(fc.integer({ min: 0, max: 100_000_000_000_000 }), { maxLength: 300 }),
      (cents) => {
        const exact = Number(cents.reduce((s, c) => s + BigInt(c), 0n)) / 100;
        const result = sumAmounts([cents.map((c) => [c / 100])]);
        if (!result.ok) return "sum failed";
        const tolerance = Math.max(0.005, exact * Number.EPSILON);
        return Math.abs(result.value - exact) <= tolerance ? undefined : `${result.value}, not ${exact}`;
      },
      2000,
    );
  });
});

describe("fttLoss", () => {
  test("the article's line: 227.27M tokens × ($22 − $4.4) = $4B", () => {
    expect(ARTICLE_FTT.tokens).toBeCloseTo(227_272_727.27, 1);
    expect(fttLoss(ARTICLE_FTT.tokens, 22, 4.4)).toEqual({ ok: true, value: 4e9 });
  });
  test("text numbers are read; negatives and non-numbers are #VALUE!", () => {
    expect(fttLoss("100", "$22", 2)).toEqual({ ok: true, value: 2000 });
    for (const args of [[-1, 22, 4.4], [1, -22, 4.4], [1, 22, "x"], [true, 1, 1]] as const) {
      const result = fttLoss(args[0], args[1], args[2]);
      expect(!result.ok && result.error.kind).toBe("value");
    }
  });
  test("a price rise is a negative loss (a gain)", () => {
    expect(fttLoss(10, 4.4, 22)).toEqual({ ok: true, value: -176 });
  });
});
