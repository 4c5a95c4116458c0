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
