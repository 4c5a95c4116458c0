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

const WESTERN_UNITS: ReadonlyMap<string, number> = new Map([
  ["k", 3], ["thousand", 3], ["thousands", 3],
  ["m", 6], ["mm", 6], ["mn", 6], ["mil", 6], ["mio", 6], ["million", 6], ["millions", 6],
  ["b", 9], ["bn", 9], ["bil", 9], ["billion", 9], ["billions", 9],
  ["t", 12], ["tn", 12], ["trillion", 12], ["trillions", 12],
]);

const LARGE_UNITS: ReadonlyMap<string, number> = new Map([["京", 16], ["兆", 12], ["億", 8], ["万", 4]]);
const KANJI_DIGITS = "一二三四五六七八九"; // 1 to 9; arabic 1-9 are digits too (3千万)

// A plain decimal number: digits with optional thousands commas, an optional fraction and exponent.
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:e([+-]?\d{1,3}))?$/;
// The number before the largest Japanese unit in arabic digits: 15, 2,000, 15.5 (no exponent).
const LEADING_GROUP = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
// One 万-group in kanji: 千, 百 and 十 at most once each, in that order, each with one digit
// 1-9 or none, then an optional digit: 千五百, 二十, 3千, 十五. Captures are "" for a unit
// without a digit and undefined for an absent unit.
const KANJI_GROUP = /^(?:([1-9一二三四五六七八九]?)千)?(?:([1-9一二三四五六七八九]?)百)?(?:([1-9一二三四五六七八九]?)十)?([1-9一二三四五六七八九])?$/;

// The forms analysts type most, read without Unicode normalization: "$1.5B", "-1.5B", "500 million",
// "4,000,000,000", "US$ 2B", "15億", "▲15億", "1兆5000億", "155億ドル". Anything else takes the
// full path below, which reads these the same way (the golden files run through both).
const COMMON =
  /^([-▲])?(\$|US\$ ?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?: ?([a-zA-Z]{1,9})|([京兆億万])(?:ドル)?)?$/;
const COMMON_JAPANESE = /^([-▲])?(\$|US\$ ?)?([\d,.]+[京兆億万][\d京兆億万]+)(?:ドル)?$/;

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
  return decimalOf(m[1] ?? "", m[2] ?? "", Number(m[3] ?? 0));
}

function decimalOf(whole: string, fraction: string, exponent: number): Decimal {
  const digits = whole.indexOf(",") >= 0 ? whole.replace(/,/g, "") : whole;
  return { digits: digits + fraction || "0", exponent: exponent - fraction.length };
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact doubles up to 1e22

/** The decimal as the nearest double (correctly rounded: 1.55 × 10^10 is exactly 15500000000).
 * Up to 15 digits and 10^±22 both factors are exact doubles, so one IEEE multiplication or
 * division rounds once, correctly; beyond, Number() of the decimal string does. */
function toNumber(d: Decimal): number {
  let { digits, exponent } = d;
  if (digits.length > 15 && digits.endsWith("0")) {
    let end = digits.length;
    while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
    exponent += digits.length - end;
    digits = digits.slice(0, end);
  }
  if (digits.length <= 15 && exponent >= -22 && exponent <= 22) {
    const n = Number(digits);
    return exponent >= 0 ? n * POWERS_OF_TEN[exponent] : n / POWERS_OF_TEN[-exponent];
  }
  return Number(`${digits}e${exponent}`);
}

const digitValue = (ch: string): number =>
  ch === "" ? 1 : ch <= "9" ? ch.charCodeAt(0) - 48 : KANJI_DIGITS.indexOf(ch) + 1;

/** One group of a Japanese numeral, 0 to 9999: "5000", "千五百", "二十", "3千", "〇". */
function readGroup(text: string): number | undefined {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  if (text === "〇" || text === "零") return 0;
  const m = text === "" ? null : KANJI_GROUP.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (let i = 1; i <= 3; i++) if (m[i] !== undefined) value += digitValue(m[i]) * 10 ** (4 - i);
  return value + (m[4] === undefined ? 0 : digitValue(m[4]));
}

/** "1兆5000億" → ["1", "兆", "5000", "億", ""] (a scan: faster than a split on a regex). */
function splitAtUnits(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "万" || ch === "億" || ch === "兆" || ch === "京") {
      parts.push(text.slice(from, i), ch);
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * A Japanese numeral by its grammar: groups of 0-9999 (arabic digits, or kanji with 千, 百 and 十
 * at most once each, in that order) before the large units 京, 兆, 億 and 万, each unit at most
 * once, largest first, and an optional last group. The first group may be any arabic number
 * (2,000万, 15.5億), with a fraction only when nothing follows its unit. So 1億2345万6789 reads,
 * while 十十億, 五十五十億, 1億12345万 and 1兆50000億 are not numerals.
 */
function readJapanese(text: string): number | undefined {
  const parts = splitAtUnits(text); // group, unit, group, unit, ..., last group
  if (parts.length < 3) return undefined;
  const firstPower = LARGE_UNITS.get(parts[1]) as number;
  let digits: string;
  const lead = LEADING_GROUP.exec(parts[0]);
  if (lead) {
    const decimal = decimalOf(lead[1], lead[2] ?? "", 0);
    if (parts.length === 3 && parts[2] === "") {
      return toNumber({ digits: decimal.digits, exponent: decimal.exponent + firstPower });
    }
    if (lead[2] !== undefined) return undefined; // 1.5億2000万 is not an amount
    digits = decimal.digits;
  } else {
    const kanji = readGroup(parts[0]);
    if (kanji === undefined) return undefined;
    digits = String(kanji);
  }
  // Each later group fills the four digits below its unit; a unit skipped is four zeros.
  let power = firstPower;
  for (let i = 2; i < parts.length; i += 2) {
    const unit = parts[i + 1];
    const next = unit === undefined ? 0 : (LARGE_UNITS.get(unit) as number);
    if (next >= power) return undefined; // 5億1兆, 1億2億
    if (unit !== undefined && parts[i] === "") return undefined; // 1億万
    const group = parts[i] === "" ? 0 : readGroup(parts[i]);
    if (group === undefined) return undefined;
    digits += "0".repeat(power - next - 4) + String(group).padStart(4, "0");
    power = next;
  }
  return toNumber({ digits: digits + "0".repeat(power), exponent: 0 });
}

function readWestern(text: string): number | undefined {
  const m = /^([\d.,]+(?:e[+-]?\d+)?)\s*([a-z]*)$/.exec(text);
  if (!m) return undefined;
  const decimal = readDecimal(m[1]);
  if (!decimal) return undefined;
  const power = m[2] === "" ? 0 : WESTERN_UNITS.get(m[2]);
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
  let value = readCommon(input);
  if (value === undefined) {
    // Full-width digits and signs (１５億, ＄１．５Ｂ) are common forms once normalized.
    const normalized = input.normalize("NFKC");
    value = (normalized !== input ? readCommon(normalized) : undefined) ?? readAmountText(normalized);
  }
  if (value === undefined || !Number.isFinite(value)) {
    const other = OTHER_CURRENCY.test(input.normalize("NFKC").toLowerCase());
    const why = other ? " Only US-dollar amounts are read (no yen, euro or other currencies)." : "";
    const whyJa = other ? "米ドル以外の通貨(円・ユーロなど)は読み取りません。" : "";
    return fail(
      "value",
      `${describeValue(input)} is not an amount.${why} ${EXPECTED}`,
      `${describeJa(input)}は金額として読めません。${whyJa}${EXPECTED_JA}`,
    );
  }
  return ok(value === 0 ? 0 : value); // no -0 in a cell
}

/** The common forms (COMMON), or undefined for the full path to decide. */
function readCommon(input: string): number | undefined {
  let magnitude: number | undefined;
  let m = COMMON.exec(input);
  if (m) {
    const unit = m[6] ?? m[5];
    const power =
      unit === undefined ? 0 : m[6] !== undefined ? LARGE_UNITS.get(unit) : WESTERN_UNITS.get(unit.toLowerCase());
    if (power === undefined) return undefined;
    magnitude = toNumber(decimalOf(m[3], m[4] ?? "", power));
  } else {
    m = COMMON_JAPANESE.exec(input);
    if (!m) return undefined;
    magnitude = readJapanese(m[3]);
    if (magnitude === undefined) return undefined;
  }
  return m[1] === undefined ? magnitude : -magnitude;
}

/** The full path, on NFKC-normalized text. */
function readAmountText(input: string): number | undefined {
  let s = input.toLowerCase().trim().replace(/\s+/g, " ");
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
  const magnitude = /[京兆億万]/.test(s) ? readJapanese(s.indexOf(" ") >= 0 ? s.replace(/ /g, "") : s) : readWestern(s);
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
