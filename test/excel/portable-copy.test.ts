// The portable copy's Office layer against office-addin-mock: what is read (in one sync), that
// the planned writes reach the copy and never the original, and how many round trips it costs.
// What the copy gets is decided in test/sharing/portable-copy-plan.test.ts.
import { OfficeMockObject } from "office-addin-mock";
import { makePortableCopy, type PortableCopyOptions } from "../../src/excel/portable-copy";
import { CATEGORIES_SPILL, insertedSheet, setCell } from "../support/sheet-snapshot";

type Mock = OfficeMockObject & Record<string, unknown>;
const HOST = "excel" as never;

type SheetData = ReturnType<typeof insertedSheet>;

const NO_VALIDATION = {
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: false, style: "Stop", title: "", message: "" },
};

interface Spill {
  address: string;
  values: readonly (readonly unknown[])[];
  valueTypes: readonly (readonly string[])[];
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
              address: data.usedAddress,
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
          items: [data.name, ...otherSheets.filter((n) => n !== data.name)].map((name) => ({ name })),
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

const EN: PortableCopyOptions = { suffix: " (portable)", dynamicArrays: false };

test("two syncs: one read, then the copy with its writes and prompts; the original untouched", async () => {
  const data = insertedSheet("en");
  const before = JSON.stringify(data);
  const excel = mockExcel(data, ["Sheet1"]);
  const result = await makePortableCopy(excel.context, EN);
  expect(excel.syncs()).toBe(2);
  expect(result).toMatchObject({ copy: "FTX Losses (portable)", native: 3, values: 22 });
  expect(excel.copies).toHaveLength(1);
  expect(excel.copies[0].args).toEqual(["After", expect.anything()]);
  expect(excel.copies[0].sheet.name).toBe("FTX Losses (portable)");
  expect(excel.copies[0].activated).toBe(1);
  expect(excel.written().D15).toEqual([["=SUM(D7:D14)"]]);
  expect(excel.written().C7).toEqual([[1.5e9]]);
  expect(Object.keys(excel.copyValidations()).sort()).toEqual(["D14", "D7:D12"]);
  expect(excel.originalWrites()).toEqual([]);
  expect(JSON.stringify(data)).toBe(before);
  expect(excel.spillProbes).toEqual([]);
});

test("refused (text that is not an amount): one sync, no copy", async () => {
  const data = insertedSheet("en");
  setCell(data, "D9", "two billion-ish", "two billion-ish", "String");
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);
  expect(excel.syncs()).toBe(1);
  expect(excel.copies).toEqual([]);
  expect(result.notAmounts).toEqual([{ address: "D9", text: "two billion-ish" }]);
});

test("a spilling FTX formula: one more sync to probe, its spilled area written to the copy only", async () => {
  const data = insertedSheet("en");
  setCell(data, "I1", "=FTX.CATEGORIES()", "voyager_blockfi", "String");
  data.usedAddress = "'FTX Losses'!A1:K28";
  const spill: Spill = { ...CATEGORIES_SPILL, address: "I1:K2" };
  const excel = mockExcel(data, [], { I1: spill });
  await makePortableCopy(excel.context, { ...EN, dynamicArrays: true });
  expect(excel.syncs()).toBe(3);
  expect(excel.spillProbes).toContain("I1");
  expect(excel.written()["I1:K2"]).toEqual(spill.values);
  expect(excel.written().I1).toBeUndefined();
  expect(excel.originalWrites()).toEqual([]);
});

test("a sheet with no FTX formula: one sync, no copy", async () => {
  const data = insertedSheet("en");
  data.formulas = [["=SUM(1,2)"]];
  data.values = [[3]];
  data.valueTypes = [["Double"]];
  data.text = [["3"]];
  data.usedAddress = "'FTX Losses'!A1";
  const excel = mockExcel(data);
  const result = await makePortableCopy(excel.context, EN);
  expect(excel.syncs()).toBe(1);
  expect(excel.copies).toEqual([]);
  expect(result.copy).toBeUndefined();
});
