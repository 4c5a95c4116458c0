// A version as a JSON document, so it can travel outside Excel (mail, a repository, a script):
//
//   {
//     "format": "ftx-loss-model/version",
//     "schema": 1,
//     "currency": "USD",
//     "version": {
//       "name": "Bear case",
//       "note": "Assumes a deeper FTT fall",
//       "savedAt": "2024-05-31T09:30:00.000Z",
//       "amounts": { "voyager_blockfi": 1500000000, "luna": 1000000000, …, "longs": 2000000000 },
//       "ftt": { "tokens": 227272727.27, "priceBefore": 22, "priceAfter": 4.4 }
//     }
//   }
//
// Amounts are US dollars, one per category id (src/model/categories.ts). amounts.ftt_drop is
// optional when "ftt" is given (it follows the drivers) and must agree with them when both are.
// Without "ftt", the drivers are derived at the article's prices: tokens = ftt_drop ÷ ($22 − $4.4).
// Import checks everything and names the first problem; it never yields a partial version.

import { ARTICLE_FTT, CATEGORY_IDS, describe, fail, ok, type CategoryId, type Result } from "../model";
import { SCHEMA_VERSION, makeVersion, type Version } from "./version";

export const JSON_FORMAT = "ftx-loss-model/version";

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
    },
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

export function versionFromJson(text: string): Result<Version> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail("value", `This is not valid JSON (${e instanceof Error ? e.message : "parse error"}).`);
  }
  if (!isRecord(doc)) return fail("value", "The JSON must be an object with a \"version\" inside.");
  if (doc.format !== JSON_FORMAT) {
    return fail("value", `"format" must be "${JSON_FORMAT}"; got ${describe(doc.format)}. Is this an FTX Loss Model version?`);
  }
  if (typeof doc.schema !== "number" || !Number.isInteger(doc.schema) || doc.schema < 1) {
    return fail("value", `"schema" must be a whole number; got ${describe(doc.schema)}.`);
  }
  if (doc.schema > SCHEMA_VERSION) {
    return fail("value", `This version was exported by a newer release (schema ${doc.schema}; this one reads up to ${SCHEMA_VERSION}). Update the add-in.`);
  }
  if (doc.currency !== undefined && doc.currency !== "USD") {
    return fail("value", `"currency" must be "USD" (amounts are US dollars); got ${describe(doc.currency)}.`);
  }
  const v = doc.version;
  if (!isRecord(v)) return fail("value", "\"version\" must be an object with name, savedAt, amounts and ftt.");
  if (!isRecord(v.amounts)) return fail("value", "\"version.amounts\" must be an object: US dollars per category id.");
  const known = new Set<string>(CATEGORY_IDS);
  const unknown = Object.keys(v.amounts).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return fail("value", `Unknown categor${unknown.length > 1 ? "ies" : "y"} in amounts: ${unknown.join(", ")}. Valid ids: ${CATEGORY_IDS.join(", ")}.`);
  }
  const amounts = v.amounts as Partial<Record<CategoryId, unknown>>;
  const missing = CATEGORY_IDS.filter((id) => amounts[id] === undefined && !(id === "ftt_drop" && v.ftt !== undefined));
  if (missing.length > 0) return fail("value", `"amounts" lacks ${missing.join(", ")}.`);
  const ftt = v.ftt === undefined ? derivedDrivers(amounts.ftt_drop) : readDrivers(v.ftt);
  if (!ftt.ok) return ftt;
  return makeVersion({ name: v.name, note: v.note, savedAt: v.savedAt, amounts, ftt: ftt.value });
}

function readDrivers(x: unknown): Result<{ tokens: unknown; priceBefore: unknown; priceAfter: unknown }> {
  if (!isRecord(x)) return fail("value", "\"version.ftt\" must be an object with tokens, priceBefore and priceAfter.");
  return ok({ tokens: x.tokens, priceBefore: x.priceBefore, priceAfter: x.priceAfter });
}

function derivedDrivers(amount: unknown): Result<{ tokens: number; priceBefore: number; priceAfter: number }> {
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) {
    return fail("value", `amounts.ftt_drop must be a non-negative number of US dollars when "ftt" is absent; got ${describe(amount)}.`);
  }
  const { priceBefore, priceAfter } = ARTICLE_FTT;
  return ok({ tokens: amount / (priceBefore - priceAfter), priceBefore, priceAfter });
}
