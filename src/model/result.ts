// Errors are values here, as in a spreadsheet: each model function returns a Result and the
// edges (custom functions, taskpane, CLI) decide how to show a failure.

/** "value": input of the wrong kind (#VALUE!); "notAvailable": an unknown name (#N/A);
 * "number": a number outside the range an argument allows, or a result beyond the range of
 * numbers (#NUM!, Excel's convention for both). */
export type ErrorKind = "value" | "notAvailable" | "number";

export interface ModelError {
  kind: ErrorKind;
  message: string;
  /** The same message in Japanese, for Excel running in Japanese. */
  ja?: string;
}

/** An error value that arrived as input (an #N/A or #DIV/0! cell): passed on unchanged. */
export interface PassedError {
  kind: "passthrough";
  original: unknown;
}

export type Ok<T> = { ok: true; value: T };
export type Fail = { ok: false; error: ModelError | PassedError };
export type Result<T> = Ok<T> | Fail;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

export const fail = (kind: ErrorKind, message: string, ja?: string): Fail => ({
  ok: false,
  error: ja === undefined ? { kind, message } : { kind, message, ja },
});

export const passthrough = (original: unknown): Fail => ({
  ok: false,
  error: { kind: "passthrough", original },
});

/** The value of a Result, or an Error carrying its message (for code paths that must not fail). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  throw new Error(e.kind === "passthrough" ? "error value in input" : e.message);
}
