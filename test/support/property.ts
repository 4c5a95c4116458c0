// Property checks that stay fast at 10,000 inputs: the property is a plain predicate (no
// expect() per input, which costs more than the code under test), and a failure is reported
// once, with the smallest input fast-check finds and what is wrong with it.
import fc from "fast-check";

/** Checks `numRuns` generated inputs; `whatIsWrong` returns undefined for a good input, else why
 * it is bad. An exception it throws fails the test as itself. */
export function checkAll<T>(inputs: fc.Arbitrary<T>, whatIsWrong: (input: T) => string | undefined, numRuns: number): void {
  const run = fc.check(
    fc.property(inputs, (input) => whatIsWrong(input) === undefined),
    { numRuns },
  );
  if (run.counterexample !== null) {
    const [input] = run.counterexample; // checked again here, so jest shows the reason or the exception
    expect({ input, wrong: whatIsWrong(input) }).toEqual({ input, wrong: undefined });
  }
  expect(run).toMatchObject({ failed: false, numRuns });
}
