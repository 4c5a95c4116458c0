// FTX calls as Excel saves them in a file (_xldudf_FTX_NAME), and back.
import fc from "fast-check";
import { LOCALES } from "../../src/model";
import { fromFileFormula, toFileFormula } from "../../src/export/file-formulas";
import { templatePlan } from "../../src/template/plan";
import { usesFtx } from "../../src/sheet/formula-text";
import { FTX_FUNCTIONS } from "../support/ftx-functions";

test.each([
  ["=FTX.LOSS($A7)", "=_xldudf_FTX_LOSS($A7)"],
  ["=FTX.TOTAL(D7:D14)", "=_xldudf_FTX_TOTAL(D7:D14)"],
  ["=FTX.LOSS($A7)/10^8", "=_xldudf_FTX_LOSS($A7)/10^8"],
  ["=FTX.FTTLOSS(D18,D19,D20)/10^8", "=_xldudf_FTX_FTTLOSS(D18,D19,D20)/10^8"],
  ['=FTX.SOURCE($A7,"en")', '=_xldudf_FTX_SOURCE($A7,"en")'],
  ["=1+ftx.total(A1, FTX.AMOUNT(B1))", "=1+_xldudf_FTX_TOTAL(A1, _xldudf_FTX_AMOUNT(B1))"],
  ["=FTX.LOSS (A1)", "=_xldudf_FTX_LOSS (A1)"],
])("%s is saved as %s", (formula, file) => {
  expect(toFileFormula(formula)).toBe(file);
  expect(fromFileFormula(file)).toBe(formula.replace(/ftx\.total|ftx\.amount/gi, (m) => m.toUpperCase()));
});

test.each([
  '="FTX.LOSS(A1)"',
  '=IF(A1="a""FTX.LOSS(",1,2)',
  "=SUM(FTX_Inputs)",
  "=MYFTX.LOSS(1)",
  "=D15-C15",
])("%s has no FTX call and is left as it is", (formula) => {
  expect(toFileFormula(formula)).toBe(formula);
  expect(fromFileFormula(formula)).toBe(formula);
});

test("text in quotes that looks like a saved call is not mapped back", () => {
  expect(fromFileFormula('="_xldudf_FTX_LOSS(1)"')).toBe('="_xldudf_FTX_LOSS(1)"');
  expect(fromFileFormula("=MY_xldudf_FTX_LOSS(1)")).toBe("=MY_xldudf_FTX_LOSS(1)");
});

test("every template formula: no FTX. left in the file form, and mapped back unchanged", () => {
  for (const plan of LOCALES.map(templatePlan)) {
    for (const { formula } of plan.cells) {
      if (formula === undefined) continue;
      const file = toFileFormula(formula);
      expect(file).not.toMatch(/FTX\./);
      expect(usesFtx(file)).toBe(false);
      expect(fromFileFormula(file)).toBe(formula);
      expect(file.includes("_xldudf_FTX_")).toBe(usesFtx(formula));
    }
  }
});

test("any formula built of FTX calls, references and strings survives the round trip", () => {
  const call = fc
    .tuple(
      fc.constantFrom(...FTX_FUNCTIONS.map((f) => f.id)),
      fc.constantFrom("A1", "$D$7:$D$14", '"FTX.LOSS(x)"', '"a""b"', "FTX_Inputs", ""),
    )
    .map(([name, arg]) => `FTX.${name}(${arg})`);
  const formula = fc
    .array(fc.oneof(call, fc.constantFrom("1", "D15", '"FTX.TOTAL("', "SUM(C7:C14)")), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => `=${parts.join("+")}`);
  fc.assert(
    fc.property(formula, (f) => {
      const file = toFileFormula(f);
      expect(fromFileFormula(file)).toBe(f);
      expect(usesFtx(file)).toBe(false);
    }),
  );
});
