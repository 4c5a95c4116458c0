// "The workbook remembers the add-in": when a colleague who has the add-in opens a shared model,
// Office opens its taskpane (the document setting Office.AutoShowTaskpaneWithDocument, which the
// manifest's ShowTaskpane action names) and loads the shared runtime, and so the FTX functions,
// at startup. Both live in the document, so they take effect once the workbook is saved.
// Never throws: the model the user made is there whether or not this worked.

export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The parts of the global Office object this needs, so a test can hand in a fake. */
export interface OfficeForMemory {
  context: {
    document: { settings: Pick<Office.Settings, "set" | "saveAsync"> };
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  };
  addin?: Pick<Office.Addin, "setStartupBehavior">;
}

export interface AddinMemory {
  /** The taskpane opens with the document. */
  autoShow: boolean;
  /** The shared runtime (the FTX functions) loads when the document opens. */
  loadAtStartup: boolean;
  /** What did not work, for a log; the user needs no action. */
  problems: string[];
}

function saveSettings(settings: Pick<Office.Settings, "saveAsync">): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      String(result.status) === "succeeded"
        ? resolve()
        : reject(new Error(result.error?.message ?? "settings not saved")),
    ),
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Call after inserting a model (and after a portable copy). */
export async function rememberAddin(office: OfficeForMemory = Office): Promise<AddinMemory> {
  const memory: AddinMemory = { autoShow: false, loadAtStartup: false, problems: [] };
  try {
    office.context.document.settings.set(AUTO_SHOW_SETTING, true);
    await saveSettings(office.context.document.settings);
    memory.autoShow = true;
  } catch (error) {
    memory.problems.push(`auto-show: ${message(error)}`);
  }
  if (!office.addin || !office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    memory.problems.push("load at startup: this Office has no shared runtime (SharedRuntime 1.1)");
    return memory;
  }
  try {
    // Office.StartupBehavior.load, spelt as its value so a fake Office needs no enum.
    await office.addin.setStartupBehavior("Load" as Office.StartupBehavior);
    memory.loadAtStartup = true;
  } catch (error) {
    memory.problems.push(`load at startup: ${message(error)}`);
  }
  return memory;
}
