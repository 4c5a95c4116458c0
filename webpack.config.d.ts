// Types for webpack.config.js, which the tests load to check the configuration it returns.
import type { Configuration } from "webpack";

declare function config(env: unknown, argv: { mode?: "production" | "development" }): Configuration;
declare namespace config {
  /** The gzip size the add-in's own JavaScript (functions.js, the one bundle) must stay under. */
  const JS_BUDGET_GZIP: number;
}
export = config;
