import { categoryById } from "./lookup";
import { describeValue, describeJa } from "./locale";
import { parseAmount } from "./amount";
import { fail, ok, type Result } from "./result";

/** The article's FTT line as a price move: $22 (the offered floor, 6–7 Nov 2022) to $4.4
 * (−80%, near where FTT traded on 8 Nov). The Japanese text garbles it as "220億から44億". */
export const ARTICLE_FTT = (() => {
  const priceBefore = 22;
  const priceAfter = 4.4;
  const loss = categoryById("ftt_drop").amount;
  // The article gives no token count; it is what makes its $4B at −80%: ≈ 227.27 million.
  return { priceBefore, priceAfter, tokens: loss / (priceBefore - priceAfter), loss };
})();

const NAMES_JA: Record<string, string> = {
  Tokens: "トークン数",
  "Price before": "下落前の価格",
  "Price after": "下落後の価格",
};

function readNumber(name: string, value: unknown): Result<number> {
  if (typeof value === "string") {
    const parsed = parseAmount(value);
    if (parsed.ok) return readNumber(name, parsed.value);
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail(
      "value",
      `${name} must be a number; got ${describeValue(value)}.`,
      `${NAMES_JA[name]}は数値で指定してください(入力: ${describeJa(value)})。`,
    );
  }
  if (value < 0) {
    return fail("value", `${name} cannot be negative; got ${value}.`, `${NAMES_JA[name]}に負の値は使えません(入力: ${value})。`);
  }
  return ok(value);
}

/** tokens × (price before − price after), in US dollars, rounded to the cent. */
export function fttLoss(tokens: unknown, priceBefore: unknown, priceAfter: unknown): Result<number> {
  const t = readNumber("Tokens", tokens);
  if (!t.ok) return t;
  const before = readNumber("Price before", priceBefore);
  if (!before.ok) return before;
  const after = readNumber("Price after", priceAfter);
  if (!after.ok) return after;
  const loss = t.value * (before.value - after.value);
  if (!Number.isFinite(loss)) {
    return fail("value", "The FTT loss is too large to compute.", "FTTの損失が大きすぎて計算できません。");
  }
  const cents = Math.abs(loss) < 1e13 ? Math.round(loss * 100) / 100 : loss;
  return ok(cents === 0 ? 0 : cents);
}

/** fttLoss as a native spreadsheet formula over three cells, rounded to the cent as fttLoss is:
 * "ROUND(D18*(D19-D20),2)". The portable FTT line and the Versions sheet's ftt_drop use it. */
export const fttLossFormula = (tokens: string, priceBefore: string, priceAfter: string): string =>
  `ROUND(${tokens}*(${priceBefore}-${priceAfter}),2)`;
