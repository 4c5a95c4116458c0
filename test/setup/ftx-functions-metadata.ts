// jest globalSetup: generates functions.json from the JSDoc of functions/functions.ts once per
// run, as the build does, and hands it to every test file through the environment, so test files
// share it without each loading the TypeScript parser. Tests read it through
// test/support/ftx-functions.ts.
import * as path from "path";

export const GENERATED_METADATA_ENV = "FTX_GENERATED_FUNCTIONS_METADATA";

/** What custom-functions-metadata returns for functions/functions.ts. */
export interface GeneratedMetadata {
  metadataJson: string;
  /** Which exported function of functions/functions.ts each id calls. */
  associate: { functionName: string; id: string }[];
  errors: string[];
}

export default async function generateFunctionsMetadata(): Promise<void> {
  // Loaded here only: test files import this module for the names above.
  const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
  const source = path.resolve(__dirname, "..", "..", "functions", "functions.ts");
  const result = await generateCustomFunctionsMetadata(source, false);
  const generated: GeneratedMetadata = {
    metadataJson: result.metadataJson,
    associate: result.associate.map(({ functionName, id }) => ({ functionName, id })),
    errors: result.errors,
  };
  process.env[GENERATED_METADATA_ENV] = JSON.stringify(generated);
}
