/** What a cell shows for a custom function call: the value, or the error code and message a
 * thrown CustomFunctions.Error carries. Anything else thrown is a bug and fails the test. */
export function cell(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: e.code, message: e.message };
    throw e;
  }
}

/** Excel's display language as the custom functions read it (Office.context.displayLanguage). */
const office = globalThis as { Office?: unknown };

/** Runs `run` as if Excel ran in Japanese, then puts the global back. */
export function inJapaneseExcel<T>(run: () => T): T {
  office.Office = { context: { displayLanguage: "ja-JP" } };
  try {
    return run();
  } finally {
    delete office.Office;
  }
}

/** For a describe block: Excel runs in Japanese for each of its tests. */
export function useJapaneseExcel(): void {
  beforeAll(() => {
    office.Office = { context: { displayLanguage: "ja-JP" } };
  });
  afterAll(() => {
    delete office.Office;
  });
}
