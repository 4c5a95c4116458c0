// Golden plans: each sheet the add-in writes, dumped as reviewable JSON under test/golden/, so a
// change to a sheet shows up as a diff a person reads. `npm run golden` rewrites the files
// (UPDATE_GOLDEN=1); otherwise each plan must match its file exactly.

import fs from "fs";
import path from "path";
import { REFERENCE_VERSIONS } from "../src/model";
import type { SheetPlan } from "../src/sheet/plan";
import { portablePlan } from "../src/template/portable";
import { templatePlan } from "../src/template/plan";
import { articleVersion } from "../src/versions/article";
import { comparisonPlan } from "../src/versions/compare-plan";
import { makeVersion, type Version } from "../src/versions/version";

const DIR = path.join(__dirname, "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Keys sorted at every level, two-space indent: the same plan always gives the same text. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  }
  return value;
}
const dump = (plan: SheetPlan) => `${JSON.stringify(stable(plan), null, 2)}\n`;

function bearCase(): Version {
  const article = articleVersion();
  const made = makeVersion({
    name: "Bear case",
    note: "LUNA halved",
    savedAt: "2024-05-31T09:30:00.000Z",
    amounts: { ...article.amounts, luna: 5e8, ftt_drop: undefined },
    ftt: article.ftt,
  });
  if (!made.ok) throw new Error(made.error.en);
  return made.value;
}

const PLANS: Record<string, () => SheetPlan> = {
  "model-en": () => templatePlan("en"),
  "model-ja": () => templatePlan("ja"),
  "model-en-portable": () => portablePlan(templatePlan("en")),
  "model-ja-portable": () => portablePlan(templatePlan("ja")),
  "comparison-en": () => comparisonPlan([bearCase()], "en"),
  "comparison-ja": () => comparisonPlan([bearCase()], "ja"),
  // With the reference versions: "—" where a source gives no figure, partial totals.
  "comparison-reference-en": () => comparisonPlan([bearCase(), ...REFERENCE_VERSIONS], "en"),
  "comparison-reference-ja": () => comparisonPlan([bearCase(), ...REFERENCE_VERSIONS], "ja"),
};

test.each(Object.keys(PLANS))("%s matches test/golden/%s.json", (name) => {
  const file = path.join(DIR, `${name}.json`);
  const text = dump(PLANS[name]());
  if (UPDATE) fs.writeFileSync(file, text);
  expect(fs.existsSync(file)).toBe(true);
  expect(text).toBe(fs.readFileSync(file, "utf8"));
});

test("no stray golden files", () => {
  expect(fs.readdirSync(DIR).sort()).toEqual(Object.keys(PLANS).map((n) => `${n}.json`).sort());
});

test.each(Object.keys(PLANS).filter((n) => n.includes("-ja")))(
  "%s: Japanese sentences follow one another without a space",
  (name) => {
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === "string") texts.push(x);
      else if (x && typeof x === "object") Object.values(x).forEach(walk);
    };
    walk(PLANS[name]()); // cells, validations' prompts and errors, names' comments, charts
    expect(texts.filter((t) => /[。！？] /.test(t))).toEqual([]);
  },
);
