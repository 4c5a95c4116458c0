// Amounts as analysts write them: "15億", "155億ドル", "１５億", "1兆5000億", "$1.5B", "1.5bn",
// "2 billion", "4,000,000,000", "▲15億", "(1.5B)", "十五億". All results are US dollars.

import { describeValue, describeJa, type Locale } from "./locale";
import { fail, ok, type Result } from "./result";

const EXPECTED =
  'Expected a US-dollar amount such as 1500000000, "$1.5B", "1.5bn", "500M", "2 billion", ' +
  '"15億", "155億ドル" or "1兆5000億".';

const EXPECTED_JA =
  '米ドルの金額を入力してください(例: 1500000000、"$1.5B"、"1.5bn"、"500M"、"2 billion"、' +
  '"15億"、"155億ドル"、"1兆5000億")。';

const WESTERN_UNITS: Record<string, number> = {
  k: 3, thousand: 3, thousands: 3,
  m: 6, mm: 6, mn: 6, mil: 6, mio: 6, million: 6, millions: 6,
  b: 9, bn: 9, bil: 9, billion: 9, billions: 9,
  t: 12, tn: 12, trillion: 12, trillions: 12,
};

const JAPANESE_UNITS: Record<string, number> = { 京: 16, 兆: 12, 億: 8, 万: 4 };

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

// A plain decimal number: digits with optional thousands commas, an optional fraction and exponent.
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:e([+-]?\d{1,3}))?$/;

const CURRENCY_PREFIX = /^(?:us ?\$|usd|u\.s\.\$|\$)/;
// How analysts hedge a figure ("約80億ドル", "200億ドル以上", "~$8B", "over $20B"): the amount is
// the figure stated, as in the article's own "約80億ドル" and "200億ドル以上".
const QUALIFIER_PREFIX =
  /^(?:約|およそ|凡そ|ほぼ|少なくとも|最低|~|〜|≈|>|≥|approx(?:imately|\.)?|about|around|roughly|over|more than|at least|c\.|ca\.)\s*/;
const QUALIFIER_SUFFIX = /\s*(?:以上|超|強|弱|程度|前後|余り|あまり|近く|ほど|\+)$/;
const CURRENCY_SUFFIX = /(?:米ドル|ドル|usd|us\$|\$|dollars?|us dollars?)$/;
const OTHER_CURRENCY = /[円¥€£₩元]|jpy|eur|gbp|cny|yen/;

/** A decimal written as digits and a power of ten; exact until the final conversion. */
interface Decimal {
  digits: string;
  exponent: number;
}

function readDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const whole = (m[1] ?? "").replace(/,/g, "");
  const fraction = m[2] ?? "";
  return { digits: whole + fraction || "0", exponent: Number(m[3] ?? 0) - fraction.length };
}

// Number("<digits>e<exp>") is a correctly rounded decimal conversion: 1.55 × 10^10 comes out
// as exactly 15500000000, never 15499999999.999998.
const toNumber = (d: Decimal): number => Number(`${d.digits}e${d.exponent}`);

/** 十五 → 15, 二千五百 → 2500, 三 → 3; undefined when not a kanji numeral below 10,000. */
function readKanji(text: string): number | undefined {
  if (text === "" || !/^[〇零一二三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in KANJI_DIGITS) {
      if (digit !== undefined) return undefined; // 二三 is not a numeral
      digit = KANJI_DIGITS[ch];
    } else {
      total += (digit ?? 1) * KANJI_SMALL_UNITS[ch];
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

function readJapanese(text: string): number | undefined {
  // Segments of a number followed by 京/兆/億/万, largest first, then an optional plain rest:
  // 1兆5000億, 2,000万, 1億2345万6789, 15.5億, 十五億.
  const parts = text.split(/(京|兆|億|万)/);
  let sum = 0;
  let lastUnit = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const numeral = parts[i];
    const unit = parts[i + 1];
    if (unit === undefined && numeral === "") break; // text ended with a unit
    const power = unit === undefined ? 0 : JAPANESE_UNITS[unit];
    if (power >= lastUnit) return undefined; // 5億1兆, 1億2億
    lastUnit = power;
    const decimal = readDecimal(numeral);
    let value: number;
    if (decimal) {
      // A fraction is only usual on the first segment (15.5億); 1億2.5万 is not an amount.
      if (i > 0 && decimal.exponent < 0) return undefined;
      value = toNumber({ digits: decimal.digits, exponent: decimal.exponent + power });
    } else {
      const kanji = readKanji(numeral);
      if (kanji === undefined) return undefined;
      value = kanji * 10 ** power;
    }
    sum += value;
  }
  return lastUnit === Infinity ? undefined : sum;
}

function readWestern(text: string): number | undefined {
  const m = /^([\d.,]+(?:e[+-]?\d+)?)\s*([a-z]*)$/.exec(text);
  if (!m) return undefined;
  const decimal = readDecimal(m[1]);
  if (!decimal) return undefined;
  const power = m[2] === "" ? 0 : WESTERN_UNITS[m[2]];
  if (power === undefined) return undefined;
  return toNumber({ digits: decimal.digits, exponent: decimal.exponent + power });
}

/** Reads text as a US-dollar amount. Numbers pass through; anything else is #VALUE!. */
export function parseAmount(input: unknown): Result<number> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      return fail("value", `${input} is not a finite amount.`, `${input} は有限の金額ではありません。`);
    }
    return ok(input === 0 ? 0 : input); // no -0 in a cell
  }
  if (typeof input !== "string") {
    return fail(
      "value",
      `${describeValue(input)} is not an amount. ${EXPECTED}`,
      `${describeJa(input)}は金額ではありません。${EXPECTED_JA}`,
    );
  }
  const value = readAmountText(input);
  if (value === undefined || !Number.isFinite(value)) {
    const other = OTHER_CURRENCY.test(input.normalize("NFKC").toLowerCase());
    const why = other ? " Only US-dollar amounts are read (no yen, euro or other currencies)." : "";
    const whyJa = other ? "米ドル以外の通貨(円・ユーロなど)は読み取りません。" : "";
    return fail(
      "value",
      `"${input}" is not an amount.${why} ${EXPECTED}`,
      `「${input}」は金額として読めません。${whyJa}${EXPECTED_JA}`,
    );
  }
  return ok(value === 0 ? 0 : value); // no -0 in a cell
}

function readAmountText(input: string): number | undefined {
  let s = input.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
  if (s === "" || OTHER_CURRENCY.test(s)) return undefined;
  s = s.replace(QUALIFIER_PREFIX, "");
  let negative = false;
  // Accounting negatives: (1.5B) and the Japanese ▲/△ marks.
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let sawSign = false;
  let sawCurrency = false;
  for (;;) {
    const sign = /^([+\-−▲△])\s*/.exec(s);
    if (sign && !sawSign) {
      sawSign = true;
      if (sign[1] !== "+") negative = !negative;
      s = s.slice(sign[0].length);
      continue;
    }
    const currency = CURRENCY_PREFIX.exec(s);
    if (currency && !sawCurrency) {
      sawCurrency = true;
      s = s.slice(currency[0].length).trimStart();
      continue;
    }
    break;
  }
  s = s.replace(QUALIFIER_SUFFIX, "");
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix) s = s.slice(0, suffix.index).trimEnd();
  if (s === "") return undefined;
  const magnitude = /[京兆億万]/.test(s) ? readJapanese(s.replace(/ /g, "")) : readWestern(s);
  if (magnitude === undefined) return undefined;
  return negative ? -magnitude : magnitude;
}

const EN_UNITS: readonly [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** Up to two decimals, trailing zeros dropped: 15.50 → "15.5", 4.00 → "4". */
function shortDecimal(x: number): string {
  if (x >= 1e21) return String(x); // toFixed switches to exponent notation there
  return x.toFixed(2).replace(/\.?0+$/, "");
}

function withCommas(text: string): string {
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatEnglish(abs: number): string {
  for (let i = 0; i < EN_UNITS.length; i++) {
    const [size, symbol] = EN_UNITS[i];
    if (abs < size) continue;
    const scaled = Number(shortDecimal(abs / size));
    // 999.996M rounds to 1000M: say $1B instead.
    if (scaled >= 1000 && i > 0) {
      const [bigger, biggerSymbol] = EN_UNITS[i - 1];
      return `$${shortDecimal(abs / bigger)}${biggerSymbol}`;
    }
    return `$${withCommas(shortDecimal(abs / size))}${symbol}`;
  }
  const rounded = shortDecimal(abs);
  return rounded === "1000" ? "$1K" : `$${rounded}`;
}

function formatJapanese(abs: number): string {
  // From 1億 up, round to 万 (2億2727万ドル); below, to the dollar; below 1万, to the cent.
  if (abs < 1e4) {
    const rounded = shortDecimal(abs);
    return rounded === "10000" ? "1万ドル" : `${rounded}ドル`;
  }
  const step = abs >= 1e8 ? 10_000n : 1n;
  let rest = BigInt(Math.round(abs / Number(step))) * step;
  let text = "";
  for (const [unit, size] of [["兆", 10n ** 12n], ["億", 10n ** 8n], ["万", 10n ** 4n]] as const) {
    const count = rest / size;
    if (count > 0n) text += `${count}${unit}`;
    rest %= size;
  }
  if (rest > 0n) text += `${rest}`;
  return `${text}ドル`;
}

/** "$15.5B" (en) or "155億ドル" (ja); negatives keep their sign. */
export function formatAmount(amount: number, locale: Locale): string {
  const abs = Math.abs(amount);
  const text = locale === "ja" ? formatJapanese(abs) : formatEnglish(abs);
  const zero = text === "$0" || text === "0ドル";
  return amount < 0 && !zero ? `-${text}` : text;
}

/** How far parse(format(x)) may land from x: half the last unit the format shows. */
export function formatTolerance(amount: number, locale: Locale): number {
  const abs = Math.abs(amount);
  // abs * 1e-15 covers the binary rounding of very large amounts.
  if (locale === "ja") return (abs >= 1e8 ? 5e3 : abs >= 1e4 ? 0.5 : 0.005) + abs * 1e-15;
  const unit = EN_UNITS.find(([size]) => abs >= size * 0.999995)?.[0] ?? 1;
  return 0.005 * unit + abs * 1e-15;
}
