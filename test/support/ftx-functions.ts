// The one list of FTX functions the tests read: functions.json as the build generates it from
// the JSDoc of functions/functions.ts (once per jest run, by test/setup/ftx-functions-metadata.ts),
// each entry with the wrapper Excel calls for it. A function added to functions/functions.ts is
// in the property tests, the HyperFormula engine and the metadata checks with no edit here.
import * as FTX from "../../functions/functions";
import type { Metadata, MetadataFunction } from "../../scripts/functions-ja";
import { GENERATED_METADATA_ENV, type GeneratedMetadata } from "../setup/ftx-functions-metadata";

export function generatedMetadata(): GeneratedMetadata {
  const text = process.env[GENERATED_METADATA_ENV];
  if (text === undefined) {
    throw new Error(`${GENERATED_METADATA_ENV} is not set: run jest with jest.config.js (its globalSetup sets it).`);
  }
  return JSON.parse(text) as GeneratedMetadata;
}

/** A custom function as Excel calls it: one argument per declared parameter (a repeating
 * parameter's arguments as one array); what it returns, or the CustomFunctions.Error it throws,
 * is what the cell shows. */
export type Wrapper = (...args: unknown[]) => unknown;

export interface FtxFunction extends MetadataFunction {
  /** The exported function of functions/functions.ts, looked up at each call so a test can spy on it. */
  readonly wrapper: Wrapper;
}

function readFunctions(): FtxFunction[] {
  const generated = generatedMetadata();
  if (generated.errors.length > 0 || generated.metadataJson === "") {
    throw new Error(`functions.json could not be generated:\n${generated.errors.join("\n")}`);
  }
  const exported = FTX as unknown as Record<string, Wrapper>;
  return (JSON.parse(generated.metadataJson) as Metadata).functions.map((f) => {
    const name = generated.associate.find((a) => a.id === f.id)?.functionName;
    if (name === undefined || typeof exported[name] !== "function") {
      throw new Error(`FTX.${f.id}: no exported function in functions/functions.ts`);
    }
    return {
      ...f,
      get wrapper() {
        return exported[name];
      },
    };
  });
}

/** Every FTX function, in functions.json's order. */
export const FTX_FUNCTIONS: readonly FtxFunction[] = readFunctions();
