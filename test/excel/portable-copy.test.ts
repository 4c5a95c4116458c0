// The portable copy against office-addin-mock: what is read (in one sync), what the copy gets,
// that the original sheet is never written, and how many round trips it costs.
import { OfficeMockObject } from "office-addin-mock";
import { makePortableCopy, type PortableCopyOptions } from "../../src/excel/portable-copy";
import { addressOf, parseAddress } from "../../src/excel/cell-blocks";
import { templatePlan } from "../../src/template/plan";

type Mock = OfficeMockObject & Record<string, unknown>;
const HOST = "excel" as never;

interface SheetData {
  name: string;
  /** Used-range address as Excel reports it, e.g. "'FTX Losses'!A1:G28". */
  address: string;
  formulas: unknown[][];
  values: unknown[][];
  valueTypes: string[][];
  /** As Excel displays each cell. */
  text: string[][];
  /** Data validation texts by range, as Excel reports them for that range. */
  validations?: Record<string, ValidationTexts>;
}

interface ValidationTexts {
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

const NO_VALIDATION: ValidationTexts = {
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: false, style: "Stop", title: "", message: "" },
};

interface Spill {
  address: string;
  values: unknown[][];
  valueTypes: string[][];
}

function mockExcel(
  data: SheetData,
  otherSheets: string[] = [],
  spills: Record<string, Spill> = {},
) {
  const originalRanges: { address: string; range: Mock }[] = [];
  const copyRanges: { address: string; range: Mock }[] = [];
  const copies: { args: unknown[]; sheet: Mock; activated: number }[] = [];
  const spillProbes: string[] = [];
  // Objects the code gets from methods are not children of the context: sync them too, so what
  // was loaded becomes readable (and what was not stays an error, as in Excel).
  const created: OfficeMockObject[] = [];
  const track = <T extends OfficeMockObject>(mock: T): T => (created.push(mock), mock);

  const copySheet = (): Mock => {
    const entry = { args: [] as unknown[], sheet: undefined as unknown as Mock, activated: 0 };
    entry.sheet = new OfficeMockObject(
      {
        getRange: (address: string) => {
          const range = new OfficeMockObject({ dataValidation: {} }, HOST) as Mock;
          copyRanges.push({ address, range });
          return range;
        },
        activate: () => void entry.activated++,
      },
      HOST,
    ) as Mock;
    copies.push(entry);
    return entry.sheet;
  };

  const sheet = new OfficeMockObject(
    {
      name: data.name,
      getUsedRange: () =>
        track(
          new OfficeMockObject(
            {
              address: data.address,
              formulas: data.formulas,
              values: data.values,
              valueTypes: data.valueTypes,
              text: data.text,
            },
            HOST,
          ),
        ),
      getRange: (address: string) => {
        const validation = data.validations?.[address] ?? NO_VALIDATION;
        const range = new OfficeMockObject(
          {
            dataValidation: JSON.parse(JSON.stringify(validation)),
            getSpillingToRangeOrNullObject: () => {
              spillProbes.push(address);
              const spill = spills[address];
              const found = spill
                ? { ...spill, address: `'${data.name}'!${spill.address}` }
                : { address: "", values: [], valueTypes: [] };
              // Office.js sets isNullObject on sync whatever was loaded: a plain property here.
              return track(
                Object.assign(new OfficeMockObject(found, HOST), { isNullObject: !spill }),
              );
            },
          },
          HOST,
        ) as Mock;
        originalRanges.push({ address, range });
        track(range);
        return range;
      },
      copy: (...args: unknown[]) => {
        const copy = copySheet();
        copies[copies.length - 1].args = args;
        return copy;
      },
    },
    HOST,
  ) as Mock;

  const context = new OfficeMockObject(
    {
      workbook: {
        worksheets: {
          items: [data.name, ...otherSheets].map((name) => ({ name })),
          getActiveWorksheet: () => track(sheet),
        },
      },
    },
    HOST,
  ) as Mock;
  const worksheets = (context.workbook as Mock).worksheets as Mock;
  const load = worksheets.load.bind(worksheets);
  // The mock cannot load through a collection's items; "items" is the same data.
  worksheets.load = (what: string) => load(what === "items/name" ? "items" : what);
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    for (const mock of created) await mock.sync();
    return sync();
  };
  return {
    context: context as unknown as Excel.RequestContext,
    syncs: () => syncs,
    copies,
    spillProbes,
    /** What was written to the copy, by address: formulas as set. */
    written: () =>
      Object.fromEntries(
        copyRanges
          .filter(({ range }) => "formulas" in range)
          .map(({ address, range }) => [address, range.formulas]),
      ),
    /** The validation texts set on the copy, by range. */
    copyValidations: () =>
      Object.fromEntries(
        copyRanges
          .map(({ address, range }) => [address, range.dataValidation as Mock] as const)
          .filter(([, v]) => "prompt" in v || "errorAlert" in v)
          .map(([address, v]) => [address, { prompt: v.prompt, errorAlert: v.errorAlert }]),
      ),
    originalWrites: () =>
      originalRanges.filter(({ range }) => {
        // Setting a prompt or an alert replaces the mock's own object with plain data.
        const v = range.dataValidation as Mock;
        const set = [v.prompt, v.errorAlert].some((x) => !(x instanceof OfficeMockObject));
        return "formulas" in range || "values" in range || set;
      }),
  };
}

/** The model sheet as Excel would report it right after insertion, from the plan. */
function insertedSheet(locale: "en" | "ja"): SheetData {
  const plan = templatePlan(locale);
  const rows = Math.max(...plan.cells.map((c) => parseAddress(c.address).row));
  const grid = <T>(fill: T) =>
    Array.from({ length: rows }, () => Array.from({ length: 7 }, () => fill));
  const formulas = grid<unknown>("");
  const values = grid<unknown>("");
  const valueTypes = grid("Empty");
  const text = grid("");
  for (const cell of plan.cells) {
    const { row, column } = parseAddress(cell.address);
    const shown = cell.formula !== undefined ? cell.result : cell.value;
    formulas[row - 1][column - 1] = cell.formula ?? cell.value;
    values[row - 1][column - 1] = shown;
    valueTypes[row - 1][column - 1] =
      typeof shown === "number" ? "Double" : typeof shown === "boolean" ? "Boolean" : "String";
    text[row - 1][column - 1] = String(shown);
  }
  const validations: Record<string, ValidationTexts> = {};
  for (const v of plan.validations ?? []) {
    validations[v.range] = {
      prompt: { showPrompt: true, ...v.prompt },
      errorAlert: { showAlert: true, style: "Stop", ...v.error },
    };
  }
  return {
    name: plan.sheetName,
    address: `'${plan.sheetName}'!A1:G${rows}`,
    formulas,
    values,
    valueTypes,
    text,
    validations,
  };
}

function setCell(
  data: SheetData,
  address: string,
  formula: unknown,
  value: unknown,
  type: string,
  text = String(value),
): void {
  const origin = parseAddress(data.address.slice(data.address.lastIndexOf("!") + 1).split(":")[0]);
  const { row, column } = parseAddress(address);
  const r = row - origin.row;
  const c = column - origin.column;
  for (const grid of [data.formulas, data.values, data.valueTypes, data.text]) {
    while (grid.length <= r) grid.push([]);
    while (grid[r].length <= c) grid[r].push("");
  }
  data.formulas[r][c] = formula;
  data.values[r][c] = value;
  data.valueTypes[r][c] = type;
  data.text[r][c] = text;
}

const EN: PortableCopyOptions = { suffix: " (portable)", dynamicArrays: false };

describe.each(["en", "ja"] as const)("a freshly inserted model sheet (%s)", (locale) => {
  const plan = templatePlan(locale);

  test("two syncs; the copy gets native totals and FTT line, values for the rest", async () => {
    const data = insertedSheet(locale);
    const before = JSON.stringify(data);
    const excel = mockExcel(data, ["Sheet1"]);
    const result = await makePortableCopy(excel.context, {
      ...EN,
      suffix: locale === "ja" ? "(共有用)" : " (portable)",
    });

    expect(excel.syncs()).toBe(2);
    const copyName = locale === "ja" ? "FTX損失(共有用)" : "FTX Losses (portable)";
    expect(result).toEqual({
      source: plan.sheetName,
      copy: copyName,
      native: 3,
      values: 17,
      errors: [],
      frozen: [],
      textAmounts: [],
      notAmounts: [],
    });
    expect(excel.copies).toHaveLength(1);
    expect(excel.copies[0].args).toEqual(["After", expect.anything()]);
    expect(excel.copies[0].sheet.name).toBe(copyName);
    expect(excel.copies[0].activated).toBe(1);

    const written = excel.written();
    const ftxCells = plan.cells.filter((c) => c.formula?.includes("FTX."));
    expect(Object.keys(written).sort()).toEqual(ftxCells.map((c) => c.address).sort());
    for (const cell of ftxCells) {
      const expected =
        typeof cell.portable === "string" && cell.portable.startsWith("=")
          ? cell.portable
          : cell.result;
      // Text with digits is written with Excel's text prefix (an apostrophe, not shown).
      const shown = (written[cell.address] as unknown[][]).map((row) =>
        row.map((v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)),
      );
      expect([cell.address, shown]).toEqual([cell.address, [[expected]]]);
    }
    expect(written[plan.layout.analystTotal]).toEqual([["=SUM(D7:D14)"]]);
    expect(excel.originalWrites()).toEqual([]);
    expect(JSON.stringify(data)).toBe(before);
    expect(excel.spillProbes).toEqual([]);
  });

  test("the copy's input prompts and error alerts lose their FTX.AMOUNT hint", async () => {
    const excel = mockExcel(insertedSheet(locale));
    await makePortableCopy(excel.context, EN);
    const validations = plan.validations ?? [];
    const portable = validations.filter((v) => v.portable);
    expect(portable.length).toBeGreaterThan(0);
    expect(
      validations.some((v) => `${v.prompt.message}${v.error.message}`.includes("FTX.AMOUNT")),
    ).toBe(true);
    const set = excel.copyValidations();
    expect(Object.keys(set).sort()).toEqual(portable.map((v) => v.range).sort());
    for (const v of portable) {
      expect(set[v.range]).toEqual({
        prompt: { showPrompt: true, title: v.prompt.title, message: v.portable?.prompt },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: v.error.title,
          message: v.portable?.error,
        },
      });
      expect(JSON.stringify(set[v.range])).not.toMatch(/FTX/);
    }
    expect(excel.syncs()).toBe(2);
    expect(excel.originalWrites()).toEqual([]);
  });
});

test("an analyst's own prompt is left as it is; the template's error alert still changes", async () => {
  const data = insertedSheet("en");
  const plan = templatePlan("en");
  const estimates = (plan.validations ?? [])[0];
  const own = "Our team's estimate, in dollars.";
  data.validations = {
    ...data.validations,
    [estimates.range]: {
      prompt: { showPrompt: true, title: "Estimate", message: own },
      errorAlert: { showAlert: true, style: "Warning", title: "Hm", message: estimates.error.message },
    },
  };
  const excel = mockExcel(data);
  await makePortableCopy(excel.context, EN);
  const set = excel.copyValidations()[estimates.range] as { prompt?: unknown; errorAlert: unknown };
  expect(set.prompt).toBeUndefined();
  expect(set.errorAlert).toEqual({
    showAlert: true,
    style: "Warning",
    title: "Hm",
    message: estimates.portable?.error,
  });
});

describe("text in the inputs, which the copy's native SUM would skip", () => {
  test("an amount typed as text (English): the copy gets its number and the cell is named", async () => {
    const data = insertedSheet("en");
    setCell(data, "D8", "$2B", "$2B", "String"); // pasted past the validation
    setCell(data, "D10", "  ", "  ", "String"); // blank to FTX.TOTAL and to SUM alike
    const excel = mockExcel(data);
    const result = await makePortableCopy(excel.context, EN);
    expect(excel.syncs()).toBe(2);
    expect(result.textAmounts).toEqual([{ address: "D8", text: "$2B", dollars: 2e9, value: 2e9 }]);
    expect(result.notAmounts).toEqual([]);
    expect(excel.written().D8).toEqual([[2e9]]);
    expect(excel.written().D10).toBeUndefined();
    expect(excel.written().D15).toEqual([["=SUM(D7:D14)"]]);
    expect(excel.originalWrites()).toEqual([]);
  });

  test("in 億ドル, text means dollars: 20億 is written as 20; an FTT driver's text as is", async () => {
    const data = insertedSheet("ja");
    setCell(data, "D8", "20億", "20億", "String");
    setCell(data, "D19", "$22", "$22", "String");
    const excel = mockExcel(data);
    const result = await makePortableCopy(excel.context, EN);
    expect(result.textAmounts).toEqual([
      { address: "D8", text: "20億", dollars: 2e9, value: 20 },
      { address: "D19", text: "$22", dollars: 22, value: 22 },
    ]);
    expect(excel.written().D8).toEqual([[20]]);
    expect(excel.written().D19).toEqual([[22]]);
    expect(excel.written().D13).toEqual([["=ROUND(D18*(D19-D20),2)/10^8"]]);
  });

  test("text that is not an amount, or TRUE: no copy, one sync, the cells named", async () => {
    const data = insertedSheet("en");
    setCell(data, "D9", "two billion-ish", "two billion-ish", "String");
    setCell(data, "D12", "=TRUE", true, "Boolean", "TRUE");
    setCell(data, "D18", "lots", "lots", "String");
    const excel = mockExcel(data);
    const result = await makePortableCopy(excel.context, EN);
    expect(excel.syncs()).toBe(1);
    expect(excel.copies).toEqual([]);
    expect(result.copy).toBeUndefined();
    expect(result.notAmounts).toEqual([
      { address: "D9", text: "two billion-ish" },
      { address: "D12", text: "TRUE" },
      { address: "D18", text: "lots" },
    ]);
  });

  test("a unit cell that is neither 1 nor 億: no guessing, the text amount refuses the copy", async () => {
    const data = insertedSheet("ja");
    setCell(data, "D5", 1000, 1000, "Double");
    setCell(data, "D8", "20億", "20億", "String");
    const excel = mockExcel(data);
    const result = await makePortableCopy(excel.context, EN);
    expect(result.notAmounts).toEqual([{ address: "D8", text: "20億" }]);
    expect(excel.copies).toEqual([]);
  });

  test("inputs are not checked when the total is not the template's (it is frozen instead)", async () => {
    const data = insertedSheet("en");
    setCell(data, "D8", "oops", "oops", "String");
    setCell(data, "D15", "=FTX.TOTAL(D7:D9)", "#VALUE!", "Error");
    const excel = mockExcel(data);
    const result = await makePortableCopy(excel.context, EN);
    expect(result).toMatchObject({ notAmounts: [], textAmounts: [], errors: ["D15"] });
    expect(result.copy).toBeDefined();
  });
});

test("rows moved: the total is copied as its value, and named with what it showed", async () => {
  const data = insertedSheet("en");
  setCell(data, "D15", "", "", "Empty", "");
  setCell(data, "D16", "=FTX.TOTAL(D7:D14)", 17.5e9, "Double", "$17.5B");
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);
  expect(result.frozen).toEqual([{ address: "D16", calls: ["FTX.TOTAL"], shown: "$17.5B" }]);
  expect(excel.written().D16).toEqual([[17.5e9]]);
  expect(result).toMatchObject({ native: 2, values: 18 });
});

test("an edited sheet: inputs left to the copy, a changed FTX formula keeps the value it shows", async () => {
  const data = insertedSheet("en");
  setCell(data, "D8", 3e9, 3e9, "Double"); // an input: copied by Excel, not rewritten
  setCell(data, "C7", '=FTX.LOSS("algo")*2', 2e9, "Double");
  setCell(data, "H1", "=FTX.TOTAL(D7:D9)", 5.5e9, "Double");
  setCell(data, "H2", "=ftx.format(15)", "15", "String"); // text that would read as a number
  data.address = "'FTX Losses'!A1:H28";
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);

  expect(excel.syncs()).toBe(2);
  expect(result).toMatchObject({ native: 3, values: 19, errors: [] });
  expect(result.frozen).toEqual([
    { address: "H1", calls: ["FTX.TOTAL"], shown: "5500000000" },
    { address: "H2", calls: ["FTX.FORMAT"], shown: "15" },
    { address: "C7", calls: ["FTX.LOSS"], shown: "2000000000" },
  ]);
  const written = excel.written();
  expect(written.C7).toEqual([[2e9]]);
  expect(written.H1).toEqual([[5.5e9]]);
  expect(written.H2).toEqual([["'15"]]);
  expect(written.D8).toBeUndefined();
  expect(written.D15).toEqual([["=SUM(D7:D14)"]]);
  expect(excel.originalWrites()).toEqual([]);
});

test("errors: a known cell falls back to the article's figure; an unknown one keeps its error", async () => {
  const data = insertedSheet("en");
  setCell(data, "C8", "=FTX.LOSS($A8)", "#NAME?", "Error"); // the add-in not loaded
  setCell(data, "H3", "=FTX.LOSS(B3)", "#N/A", "Error");
  data.address = "'FTX Losses'!A1:H28";
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);
  expect(excel.written().C8).toEqual([[1e9]]);
  expect(excel.written().H3).toEqual([["#N/A"]]);
  expect(result.errors).toEqual(["H3"]);
});

test("a spilling FTX formula: one more sync, and its whole spilled area kept as values", async () => {
  const data = insertedSheet("en");
  setCell(data, "I1", "=FTX.CATEGORIES()", "voyager_blockfi", "String");
  data.address = "'FTX Losses'!A1:K28";
  const spill: Spill = {
    address: "I1:K2",
    values: [
      ["voyager_blockfi", "Voyager/BlockFi bailouts", 1.5e9],
      ["luna", "LUNA exposure", 1e9],
    ],
    valueTypes: [
      ["String", "String", "Double"],
      ["String", "String", "Double"],
    ],
  };
  const excel = mockExcel(data, [], { I1: spill });
  await makePortableCopy(excel.context, { ...EN, dynamicArrays: true });

  expect(excel.syncs()).toBe(3);
  // Probed on the original for every cell turned into a value, written only to the copy.
  expect(excel.spillProbes).toContain("I1");
  const written = excel.written();
  expect(written["I1:K2"]).toEqual(spill.values);
  expect(written.I1).toBeUndefined();
  expect(excel.originalWrites()).toEqual([]);
});

test("a used range that does not start at A1", async () => {
  const data: SheetData = {
    name: "Notes",
    address: "Notes!C3:D4",
    formulas: [
      ["x", '=FTX.LOSS("luna")'],
      ["=FTX.TOTAL(C4:C4)", "=SUM(1,2)"],
    ],
    values: [
      ["x", 1e9],
      [1e9, 3],
    ],
    valueTypes: [
      ["String", "Double"],
      ["Double", "Double"],
    ],
    text: [
      ["x", "$1B"],
      ["$1B", "3"],
    ],
  };
  const excel = mockExcel(data, ["Notes (portable)"]);
  const result = await makePortableCopy(excel.context, EN);
  // Not the template's cells at those addresses: values, not the template's stand-ins.
  expect(excel.written()).toEqual({ D3: [[1e9]], C4: [[1e9]] });
  expect(result).toEqual({
    source: "Notes",
    copy: "Notes (portable) (2)",
    native: 0,
    values: 2,
    errors: [],
    frozen: [
      { address: "D3", calls: ["FTX.LOSS"], shown: "$1B" },
      { address: "C4", calls: ["FTX.TOTAL"], shown: "$1B" },
    ],
    textAmounts: [],
    notAmounts: [],
  });
  expect(excel.copyValidations()).toEqual({});
});

test("a sheet with no FTX formula: one sync, no copy", async () => {
  const data: SheetData = {
    name: "FTX Losses (portable)",
    address: "'FTX Losses (portable)'!A1:B1",
    formulas: [['="FTX.LOSS(1)"', "=SUM(FTX_Inputs)"]],
    values: [["FTX.LOSS(1)", 0]],
    valueTypes: [["String", "Double"]],
    text: [["FTX.LOSS(1)", "0"]],
  };
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);
  expect(excel.syncs()).toBe(1);
  expect(excel.copies).toEqual([]);
  expect(result).toEqual({
    source: "FTX Losses (portable)",
    native: 0,
    values: 0,
    errors: [],
    frozen: [],
    textAmounts: [],
    notAmounts: [],
  });
});

test("addresses past column Z", () => {
  expect(addressOf({ row: 3, column: 28 })).toBe("AB3");
});
