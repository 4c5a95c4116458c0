import {
  AUTO_SHOW_SETTING,
  rememberAddin,
  type OfficeForMemory,
} from "../../src/excel/remember-addin";

function fakeOffice(
  options: { saveFails?: boolean; sharedRuntime?: boolean; startupFails?: boolean } = {},
) {
  const settings = new Map<string, unknown>();
  const saved: Map<string, unknown>[] = [];
  const startup: string[] = [];
  const office: OfficeForMemory = {
    context: {
      document: {
        settings: {
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: ((callback: (result: Office.AsyncResult<void>) => void) => {
            if (!options.saveFails) saved.push(new Map(settings));
            callback({
              status: options.saveFails ? "failed" : "succeeded",
              error: options.saveFails ? { message: "The document is read-only." } : undefined,
            } as unknown as Office.AsyncResult<void>);
          }) as Office.Settings["saveAsync"],
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          name === "SharedRuntime" && version === "1.1" && options.sharedRuntime !== false,
      },
    },
    addin: {
      setStartupBehavior: async (behavior: Office.StartupBehavior) => {
        if (options.startupFails) throw new Error("not allowed");
        startup.push(behavior);
      },
    },
  };
  return { office, saved, startup };
}

test("sets and saves the auto-show setting, and asks Office to load the add-in at startup", async () => {
  const { office, saved, startup } = fakeOffice();
  const memory = await rememberAddin(office);
  expect(memory).toEqual({ autoShow: true, loadAtStartup: true, problems: [] });
  expect(AUTO_SHOW_SETTING).toBe("Office.AutoShowTaskpaneWithDocument");
  expect(saved).toEqual([new Map([[AUTO_SHOW_SETTING, true]])]);
  expect(startup).toEqual(["Load"]);
});

test("never throws: a failed save or a missing shared runtime is reported, not raised", async () => {
  const readOnly = await rememberAddin(fakeOffice({ saveFails: true }).office);
  expect(readOnly).toEqual({
    autoShow: false,
    loadAtStartup: true,
    problems: ["auto-show: The document is read-only."],
  });

  const old = fakeOffice({ sharedRuntime: false });
  const noRuntime = await rememberAddin(old.office);
  expect(noRuntime.autoShow).toBe(true);
  expect(noRuntime.loadAtStartup).toBe(false);
  expect(noRuntime.problems).toEqual([expect.stringMatching(/SharedRuntime 1\.1/)]);
  expect(old.startup).toEqual([]);

  const refused = await rememberAddin(fakeOffice({ startupFails: true }).office);
  expect(refused).toMatchObject({
    autoShow: true,
    loadAtStartup: false,
    problems: ["load at startup: not allowed"],
  });
});
