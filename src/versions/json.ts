// A version as a JSON document, so it can travel outside Excel (mail, a repository, a script):
//
//   {
//     "format": "ftx-loss-model/version",
//     "schema": 2,
//     "currency": "USD",
//     "version": {
//       "name": "Bear case",
//       "note": "Assumes a deeper FTT fall",
//       "savedAt": "2024-05-31T09:30:00.000Z",
//       "amounts": { "voyager_blockfi": 1500000000, "luna": 1000000000, …, "longs": 2000000000 },
//       "ftt": { "tokens": 227272727.27, "priceBefore": 22, "priceAfter": 4.4 },
//       "ranges": { "voyager_blockfi": { "low": 350000000, "high": 1500000000 }, …, "longs": { … } }
//     }
//   }
//
// Amounts are US dollars, one per category id (src/model/categories.ts). amounts.ftt_drop is
// optional when "ftt" is given (it follows the drivers) and must agree with them when both are.
// Without "ftt", the drivers are derived at the article's prices: tokens = ftt_drop ÷ ($22 − $4.4).
// "ranges" (schema 2) holds each line's low and high, low ≤ amount ≤ high. A schema 1 file has
// none: the article's default ranges are assumed (widened to hold the amount), and import says so.
// Import checks everything and names the first problem (and the version, once its name is good);
// it never yields a partial version. Amounts and bounds obey the model sheet's limit (ESTIMATE_BOUND).
// The built-in article version exports like any other (named "Article" in every language, so a
// file reads the same everywhere); importing it is refused, since that name is reserved.

import { ARTICLE_FTT, CATEGORY_IDS, ok, type CategoryId } from "../model";
import { refuse, say, inWords, type Checked } from "./message";
import { SCHEMA_VERSION, checkAmount, checkName, makeVersion, type Version } from "./version";

export const JSON_FORMAT = "ftx-loss-model/version";

/** The largest version JSON the panel reads, chosen as a file or pasted, in UTF-8 bytes: one is a
 * few kilobytes, and reading or parsing a stray megabytes-long file or paste would freeze the pane. */
export const JSON_MAX_BYTES = 1_000_000;

/** A size in bytes as a person reads it: "52.4 MB", "1 MB"; under 1 MB in kB. */
export function fileSize(bytes: number): string {
  const [size, unit] = bytes >= 1e6 ? [bytes / 1e6, "MB"] : [bytes / 1e3, "kB"];
  return `${Number(size.toFixed(1))} ${unit}`;
}

/** Whether text takes more than `max` bytes as UTF-8, counted no further than `max`: text of more
 * than `max` UTF-16 units always does (each takes a byte at least), so a pasted megabyte is
 * refused at once. */
export function overUtf8Bytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point beyond the BMP
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate as U+FFFD
  }
  return bytes > max;
}

export function versionToJson(version: Version): string {
  const amounts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, version.amounts[id]]));
  const doc = {
    format: JSON_FORMAT,
    schema: SCHEMA_VERSION,
    currency: "USD",
    version: {
      name: version.name,
      note: version.note,
      savedAt: version.savedAt,
      amounts,
      ftt: { ...version.ftt },
      ranges: Object.fromEntries(CATEGORY_IDS.map((id) => [id, { ...version.ranges[id] }])),
    },
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

export function versionFromJson(text: string): Checked<Version> {
  if (overUtf8Bytes(text, JSON_MAX_BYTES)) {
    // Refused before parsing: JSON.parse of a pasted megabyte holds the pane up.
    const max = fileSize(JSON_MAX_BYTES);
    return refuse(
      `This JSON is over ${max}; a version's JSON is a few kB, so it is not read. Paste or choose the .json file the panel exported.`,
      `この JSON は ${max} を超えています。バージョンの JSON は数 kB のため、読み込みません。書き出した .json ファイルの内容を貼り付けるか、そのファイルを選んでください。`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : "parse error";
    return refuse(`This is not valid JSON (${why}).`, `正しい JSON ではありません(${why})。`);
  }
  if (!isRecord(doc)) {
    return refuse('The JSON must be an object with a "version" inside.', "JSON は「version」を含むオブジェクトにしてください。");
  }
  if (doc.format !== JSON_FORMAT) {
    const x = inWords(doc.format);
    return refuse(
      `"format" must be "${JSON_FORMAT}"; got ${x.en}. Is this an FTX Loss Model version?`,
      `「format」は「${JSON_FORMAT}」でなければなりません(${x.ja}が指定されています)。FTX 損失モデルのバージョンですか?`,
    );
  }
  if (typeof doc.schema !== "number" || !Number.isInteger(doc.schema) || doc.schema < 1) {
    const x = inWords(doc.schema);
    return refuse(`"schema" must be a whole number; got ${x.en}.`, `「schema」は整数にしてください(${x.ja}が指定されています)。`);
  }
  if (doc.schema > SCHEMA_VERSION) {
    return refuse(
      `This version was exported by a newer release (schema ${doc.schema}; this one reads up to ${SCHEMA_VERSION}). Update the add-in.`,
      `このバージョンは新しいリリースで書き出されています(schema ${doc.schema}。このリリースが読めるのは ${SCHEMA_VERSION} まで)。アドインを更新してください。`,
    );
  }
  if (doc.currency !== undefined && doc.currency !== "USD") {
    const x = inWords(doc.currency);
    return refuse(
      `"currency" must be "USD" (amounts are US dollars); got ${x.en}.`,
      `「currency」は「USD」にしてください(金額は米ドルです。${x.ja}が指定されています)。`,
    );
  }
  const v = doc.version;
  if (!isRecord(v)) {
    return refuse(
      '"version" must be an object with name, savedAt, amounts and ftt.',
      "「version」は name、savedAt、amounts、ftt を持つオブジェクトにしてください。",
    );
  }
  const read = readVersion(v);
  const name = checkName(v.name);
  if (read.ok || !name.ok) return read;
  return refuse(`Version "${name.value}": ${read.error.en}`, `バージョン「${name.value}」: ${read.error.ja}`);
}

function readVersion(v: Record<string, unknown>): Checked<Version> {
  if (!isRecord(v.amounts)) {
    return refuse(
      '"version.amounts" must be an object: US dollars per category id.',
      "「version.amounts」は損失原因の ID ごとの米ドル額を持つオブジェクトにしてください。",
    );
  }
  const known = new Set<string>(CATEGORY_IDS);
  const unknown = Object.keys(v.amounts).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return refuse(
      `Unknown categor${unknown.length > 1 ? "ies" : "y"} in amounts: ${unknown.join(", ")}. Valid ids: ${CATEGORY_IDS.join(", ")}.`,
      `amounts に不明な損失原因があります: ${unknown.join(", ")}。使える ID: ${CATEGORY_IDS.join(", ")}。`,
    );
  }
  const amounts = v.amounts as Partial<Record<CategoryId, unknown>>;
  const missing = CATEGORY_IDS.filter((id) => amounts[id] === undefined && !(id === "ftt_drop" && v.ftt !== undefined));
  if (missing.length > 0) {
    return refuse(`"amounts" lacks ${missing.join(", ")}.`, `「amounts」に ${missing.join(", ")} がありません。`);
  }
  const ftt = v.ftt === undefined ? derivedDrivers(amounts.ftt_drop) : readDrivers(v.ftt);
  if (!ftt.ok) return ftt;
  const ranges = v.ranges === undefined ? ok(undefined) : readRanges(v.ranges);
  if (!ranges.ok) return ranges;
  return makeVersion({ name: v.name, note: v.note, savedAt: v.savedAt, amounts, ftt: ftt.value, ranges: ranges.value });
}

function readRanges(x: unknown): Checked<Partial<Record<CategoryId, { low: unknown; high: unknown }>>> {
  const shape = refuse(
    '"version.ranges" must be an object: { "low": …, "high": … } in US dollars per category id.',
    "「version.ranges」は損失原因の ID ごとに { \"low\": …, \"high\": … }(米ドル)を持つオブジェクトにしてください。",
  );
  if (!isRecord(x)) return shape;
  const known = new Set<string>(CATEGORY_IDS);
  const unknown = Object.keys(x).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return refuse(`Unknown categor${unknown.length > 1 ? "ies" : "y"} in ranges: ${unknown.join(", ")}.`, `ranges に不明な損失原因があります: ${unknown.join(", ")}。`);
  }
  const ranges: Partial<Record<CategoryId, { low: unknown; high: unknown }>> = {};
  for (const id of CATEGORY_IDS) {
    const r = x[id];
    if (r === undefined) continue;
    if (!isRecord(r)) return shape;
    ranges[id] = { low: r.low, high: r.high };
  }
  return ok(ranges);
}

function readDrivers(x: unknown): Checked<{ tokens: unknown; priceBefore: unknown; priceAfter: unknown }> {
  if (!isRecord(x)) {
    return refuse(
      '"version.ftt" must be an object with tokens, priceBefore and priceAfter.',
      "「version.ftt」は tokens、priceBefore、priceAfter を持つオブジェクトにしてください。",
    );
  }
  return ok({ tokens: x.tokens, priceBefore: x.priceBefore, priceAfter: x.priceAfter });
}

function derivedDrivers(amount: unknown): Checked<{ tokens: number; priceBefore: number; priceAfter: number }> {
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) {
    const x = inWords(amount);
    return refuse(
      `amounts.ftt_drop must be a non-negative number of US dollars when "ftt" is absent; got ${x.en}.`,
      `「ftt」がないときは amounts.ftt_drop を 0 以上の米ドルの数値にしてください(${x.ja}が指定されています)。`,
    );
  }
  const bounded = checkAmount(say("ftt_drop", "ftt_drop"), amount);
  if (!bounded.ok) return bounded;
  const { priceBefore, priceAfter } = ARTICLE_FTT;
  return ok({ tokens: amount / (priceBefore - priceAfter), priceBefore, priceAfter });
}
