// functions.json is generated from the JSDoc of functions/functions.ts, as the build does it
// (once per jest run: test/setup/ftx-functions-metadata.ts).
// These tests pin the public contract (ids, parameters) and the Japanese override, and check
// both files against the metadata schema kept beside the repository (../shared/schemas).
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import * as FTX from "../functions/functions";
import {
  localizeMetadata,
  readTable,
  type Metadata,
  type MetadataFunction,
  type MetadataParameter,
} from "../scripts/functions-ja";
import { generatedMetadata } from "./support/ftx-functions";

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.resolve(ROOT, "..", "shared", "schemas", "custom-functions-metadata.schema.json");

const generated = generatedMetadata();
let english: Metadata;
let japanese: Metadata;
let problems: string[];

beforeAll(() => {
  english = JSON.parse(generated.metadataJson) as Metadata;
  ({ metadata: japanese, problems } = localizeMetadata(english, readTable()));
});

const fn = (metadata: Metadata, id: string): MetadataFunction => {
  const found = metadata.functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};

type Shape = Pick<MetadataParameter, "name"> & Partial<Omit<MetadataParameter, "name" | "description">>;
const shape = (p: MetadataParameter): Shape => ({
  name: p.name,
  type: p.type,
  dimensionality: p.dimensionality ?? "scalar",
  optional: p.optional ?? false,
  repeating: p.repeating ?? false,
});
const param = (name: string, type: string, extra: Partial<Shape> = {}): Shape => ({
  name,
  type,
  dimensionality: "scalar",
  optional: false,
  repeating: false,
  ...extra,
});

const SIMULATION_PARAMETERS = [
  param("lows", "any", { dimensionality: "matrix" }),
  param("bases", "any", { dimensionality: "matrix" }),
  param("highs", "any", { dimensionality: "matrix" }),
  param("iterations", "number", { optional: true }),
  param("seed", "number", { optional: true }),
];

describe("functions.json (generated from functions/functions.ts)", () => {
  test("generates without errors one function per export of functions/functions.ts, ids equal to names", () => {
    expect(generated.errors).toEqual([]);
    expect(generated.associate.map((a) => a.functionName).sort()).toEqual(Object.keys(FTX).sort());
    expect(english.functions.map((f) => f.id)).toEqual(generated.associate.map((a) => a.id));
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  test.each<[string, Shape[]]>([
    ["LOSS", [param("category", "string")]],
    [
      "TOTAL",
      [
        param("values", "any", { dimensionality: "matrix" }),
        param("more_values", "any", { dimensionality: "matrix", optional: true, repeating: true }),
      ],
    ],
    ["AMOUNT", [param("text", "any")]],
    ["FORMAT", [param("amount", "any"), param("style", "string", { optional: true })]],
    ["CATEGORIES", [param("language", "string", { optional: true })]],
    ["SOURCE", [param("category", "string"), param("language", "string", { optional: true })]],
    ["FTTLOSS", [param("tokens", "number"), param("price_before", "number"), param("price_after", "number")]],
    ["EVIDENCE", [param("category", "string"), param("language", "string", { optional: true })]],
    ["PERCENTILE", [param("p", "number"), ...SIMULATION_PARAMETERS]],
    ["PROBABILITY", [param("threshold", "any"), ...SIMULATION_PARAMETERS]],
    ["SIMULATE", SIMULATION_PARAMETERS],
  ])("%s parameters", (id, expected) => {
    expect((fn(english, id).parameters ?? []).map(shape)).toEqual(expected);
  });

  test("every function and parameter is described", () => {
    for (const f of english.functions) {
      expect(f.description?.trim()).toBeTruthy();
      for (const p of f.parameters ?? []) expect(`${f.id}(${p.name}): ${p.description?.trim() ?? ""}`).not.toMatch(/: $/);
    }
  });

  test.each(["CATEGORIES", "SIMULATE"])("%s returns a matrix (a spilled table)", (id) => {
    expect(fn(english, id).result?.dimensionality).toBe("matrix");
  });

  test("EVIDENCE returns a matrix (a spilled table)", () => {
    expect(fn(english, "EVIDENCE").result?.dimensionality).toBe("matrix");
  });
});

describe("functions-ja.json (Japanese descriptions)", () => {
  const hasJapanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  test("the table covers every function and parameter, and nothing else", () => {
    expect(problems).toEqual([]);
  });

  test("ids, names and parameter shapes are the English ones", () => {
    expect(japanese.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    japanese.functions.forEach((f, i) => {
      expect((f.parameters ?? []).map(shape)).toEqual((english.functions[i].parameters ?? []).map(shape));
      expect(f.result).toEqual(english.functions[i].result);
    });
  });

  test("every function and parameter description is Japanese", () => {
    for (const f of japanese.functions) {
      expect(`${f.id}: ${f.description}`).toMatch(hasJapanese);
      for (const p of f.parameters ?? []) expect(`${f.id}(${p.name}): ${p.description}`).toMatch(hasJapanese);
    }
  });

  test("a missing or stale entry is reported", () => {
    const table = readTable();
    const withoutLoss = Object.fromEntries(Object.entries(table).filter(([id]) => id !== "LOSS"));
    expect(localizeMetadata(english, withoutLoss).problems).toEqual(["LOSS: no Japanese description"]);
    const stale = { ...table, OLD: { description: "古い" }, FORMAT: { ...table.FORMAT, parameters: { amount: "金額" } } };
    expect(localizeMetadata(english, stale).problems.sort()).toEqual(
      ["FORMAT(style): no Japanese description", "OLD: Japanese entry for a function that does not exist"].sort(),
    );
  });
});

describe("the simulation functions' unit, as the autocomplete describes it and as the cells answer", () => {
  // The Japanese model sheet holds 億ドル: 15 and 20 there are $1.5B and $2B.
  const oku = [[15], [20]];
  const description = (metadata: Metadata, id: string, parameter?: string): string =>
    (parameter === undefined ? fn(metadata, id).description : fn(metadata, id).parameters?.find((p) => p.name === parameter)?.description) ?? "";

  test("PERCENTILE and SIMULATE answer in the cells' unit, and say so, never that it is US dollars", () => {
    expect(FTX.percentile(0.5, oku, oku, oku)).toBe(35);
    expect(FTX.simulate(oku, oku, oku)[0]).toEqual(["mean", 35]);
    for (const id of ["PERCENTILE", "SIMULATE"]) {
      expect(description(english, id)).toContain("in the cells' unit");
      expect(description(japanese, id)).toContain("セルと同じ単位で");
      for (const metadata of [english, japanese]) expect(description(metadata, id)).not.toMatch(/US dollars|米ドル/);
    }
  });

  test("PROBABILITY's threshold: a number in the cells' unit; text is read as US dollars, and the description says both", () => {
    expect(FTX.probability(35, oku, oku, oku)).toBe(1);
    expect(FTX.probability("35億", oku, oku, oku)).toBe(0); // $3.5B, far above 35
    expect(FTX.probability("35億", [[1.5e9], [2e9]], [[1.5e9], [2e9]], [[1.5e9], [2e9]])).toBe(1);
    expect(description(english, "PROBABILITY", "threshold")).toMatch(/a number in the cells' unit, or text read as US dollars/);
    expect(description(japanese, "PROBABILITY", "threshold")).toMatch(/セルと同じ単位の数値、または米ドルとして読む文字列/);
  });

  test.each(["PERCENTILE", "PROBABILITY", "SIMULATE"])("%s(lows): text amounts are read as US dollars", (id) => {
    expect(FTX.percentile(0.5, [["15億"]], [["15億"]], [["15億"]])).toBe(1.5e9);
    expect(description(english, id, "lows")).toContain("text amounts read as US dollars");
    expect(description(japanese, id, "lows")).toContain("米ドルとして読む金額の文字列");
  });
});

describe("metadata schema (../shared/schemas/custom-functions-metadata.schema.json)", () => {
  const present = fs.existsSync(SCHEMA);
  if (!present) {
    console.log(`metadata schema not found at ${SCHEMA}: schema checks skipped (.ci/run always runs them)`);
  }
  (present ? test : test.skip).each(["functions.json", "functions-ja.json"])("%s is valid", (name) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("uri", (text: string) => URL.canParse(text));
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8")));
    const valid = validate(name === "functions.json" ? english : japanese);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
