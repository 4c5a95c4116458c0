// Japanese custom-functions metadata: functions.json (generated from the JSDoc) with every
// function and parameter description replaced from functions/descriptions-ja.json.
// Ids and names stay English, as Japanese Excel keeps English function names.
// A missing or stale Japanese entry is an error: the build and test/metadata.test.ts fail.
const fs = require("fs");
const path = require("path");

const TABLE_PATH = path.join(__dirname, "..", "functions", "descriptions-ja.json");

function readTable(file = TABLE_PATH) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { description: string, parameters?: Record<string, string> }>} table
 * @returns {{ metadata: object, problems: string[] }} the Japanese metadata and every problem found
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    seen.add(fn.id);
    const ja = table[fn.id];
    if (!ja || typeof ja.description !== "string" || ja.description.trim() === "") {
      problems.push(`${fn.id}: no Japanese description`);
      return fn;
    }
    const jaParams = ja.parameters || {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(jaParams)) {
      if (!names.has(name)) problems.push(`${fn.id}: Japanese entry for unknown parameter "${name}"`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      const text = jaParams[p.name];
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${fn.id}(${p.name}): no Japanese description`);
        return p;
      }
      return { ...p, description: text };
    });
    return { ...fn, description: ja.description, ...(fn.parameters ? { parameters } : {}) };
  });
  for (const id of Object.keys(table)) {
    if (!seen.has(id)) problems.push(`${id}: Japanese entry for a function that does not exist`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

/** Webpack plugin: emits functions-ja.json next to the generated functions.json. */
class FunctionsJaPlugin {
  constructor({ input = "functions.json", output = "functions-ja.json", table = TABLE_PATH } = {}) {
    this.options = { input, output, table };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsJaPlugin", (compilation) => {
      compilation.fileDependencies.add(this.options.table);
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJaPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.input);
          // No functions.json means the metadata plugin already reported its errors.
          if (!asset) return;
          let result;
          try {
            result = localizeMetadata(JSON.parse(asset.source.source().toString()), readTable(this.options.table));
          } catch (err) {
            compilation.errors.push(new WebpackError(`functions-ja: ${err.message}`));
            return;
          }
          for (const problem of result.problems) {
            compilation.errors.push(new WebpackError(`functions-ja (${path.relative(process.cwd(), this.options.table)}): ${problem}`));
          }
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(result.metadata, null, 4)),
          );
        },
      );
    });
  }
}

module.exports = { TABLE_PATH, readTable, localizeMetadata, FunctionsJaPlugin };
