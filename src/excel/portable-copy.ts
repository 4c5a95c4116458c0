// "Make a portable copy" through Office.js: read the active sheet (one sync), let the pure
// planner decide (src/sharing/portable-copy-plan.ts), queue the copy and its writes (one sync).
// Two context.sync() calls, three when an FTX formula turned into a value may spill; one when
// there is nothing to copy or the copy is refused. The original sheet is never written to.

import {
  VALIDATION_RANGES,
  planPortableCopy,
  type PortableCopyResult,
  type SheetSnapshot,
  type SpillSnapshot,
} from "../sharing/portable-copy-plan";

export type { FrozenCell, PortableCopyResult, TextAmount } from "../sharing/portable-copy-plan";

export interface PortableCopyOptions {
  /** Added to the sheet's name: " (portable)", "(共有用)". */
  suffix: string;
  /** ExcelApi 1.12: an FTX formula's spilled results can be found and kept. */
  dynamicArrays: boolean;
}

export async function makePortableCopy(context: Excel.RequestContext, options: PortableCopyOptions): Promise<PortableCopyResult> {
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  sheet.load("name");
  used.load("address,formulas,values,valueTypes,text");
  worksheets.load("items/name");
  const validations = VALIDATION_RANGES.map((range) => {
    const validation = sheet.getRange(range).dataValidation;
    validation.load("prompt,errorAlert");
    return { range, validation };
  });
  await context.sync();

  const snapshot: SheetSnapshot = {
    name: sheet.name,
    usedAddress: used.address,
    formulas: used.formulas,
    values: used.values,
    valueTypes: used.valueTypes.map((row) => row.map(String)),
    text: used.text,
    sheetNames: worksheets.items.map((s) => s.name),
    validations: Object.fromEntries(
      validations.map(({ range, validation }) => [range, { prompt: validation.prompt, errorAlert: validation.errorAlert }]),
    ),
  };
  let plan = planPortableCopy(snapshot, options.suffix);
  // api-set-guard: ExcelApi 1.12 (options.dynamicArrays is set from isSetSupported in the sharing panel)
  if (plan.kind === "copy" && options.dynamicArrays && plan.spillProbes.length > 0) {
    const probes = plan.spillProbes.map((address) => {
      const spill = sheet.getRange(address).getSpillingToRangeOrNullObject();
      spill.load("address,values,valueTypes");
      return [address, spill] as const;
    });
    await context.sync();
    const spills: Record<string, SpillSnapshot | null> = {};
    for (const [address, spill] of probes) {
      spills[address] = spill.isNullObject
        ? null
        : { address: spill.address, values: spill.values, valueTypes: spill.valueTypes.map((row) => row.map(String)) };
    }
    plan = planPortableCopy(snapshot, options.suffix, spills);
  }
  if (plan.kind === "none") return plan.result;

  const copy = sheet.copy("After", sheet);
  copy.name = plan.result.copy as string;
  for (const { address, formulas } of plan.writes) copy.getRange(address).formulas = formulas;
  for (const { range, prompt, errorAlert } of plan.validations) {
    const target = copy.getRange(range).dataValidation;
    if (prompt) target.prompt = prompt;
    if (errorAlert) target.errorAlert = errorAlert as Excel.DataValidationErrorAlert;
  }
  copy.activate();
  await context.sync();
  return plan.result;
}
