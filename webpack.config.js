// Builds the add-in into dist/:
//   taskpane.html   the shared-runtime page: office.js, then functions.js
//   functions.js    the one bundle: the custom functions (CustomFunctions.associate calls
//                   added by the metadata plugin's loader from the @customfunction JSDoc) and
//                   the taskpane, which boots only in its page
//   functions.json  generated from functions/functions.ts JSDoc (never hand-written)
//   functions-ja.json  the same with Japanese descriptions (functions/descriptions-ja.json)
//   manifest.xml    development: as is; production: every localhost URL rewritten to
//                   ADDIN_PUBLIC_URL and the metadata URLs versioned
//   office-js/      only with OFFICE_JS_URL=local: a copy of office.js and the Excel files it
//                   loads, from the @microsoft/office-js package (offline use, locked-down hosts)
//   assets/         icons
//
// Environment:
//   ADDIN_PUBLIC_URL  production origin (default https://ftx-loss-model.example.com)
//   OFFICE_JS_URL     "cdn" (default: https://appsforoffice.microsoft.com/lib/1/hosted/office.js,
//                     the source Microsoft supports), "local" (the copy above), or any https
//                     URL of office.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsJaPlugin } = require("./scripts/functions-ja");
const { metadataVersion, productionManifest, publicOrigin } = require("./scripts/manifest-transform");
const pkg = require("./package.json");

const { OFFICE_JS_CDN, OFFICE_JS_LOCAL, OFFICE_JS_PACKAGE_DIST: OFFICE_JS_DIST } = require("./scripts/office-js");
// The add-in's own JavaScript (functions.js, the one bundle; office.js aside), gzipped.
const JS_BUDGET_GZIP = require("./scripts/budget.json").jsGzipBytes;

function officeJsUrl() {
  // Microsoft supports office.js from its CDN only; the npm package's copy is for offline use.
  const value = (process.env.OFFICE_JS_URL || "cdn").trim();
  if (value === "local") return OFFICE_JS_LOCAL;
  if (value === "cdn") return OFFICE_JS_CDN;
  if (!/^https:\/\/[^"'<>\s]+\/office\.js$/.test(value)) {
    throw new Error(`OFFICE_JS_URL must be "local", "cdn" or an https URL ending in /office.js: ${value}`);
  }
  return value;
}

/** Loads office.js first (blocking, as Office requires) and strips any copy in the template. */
class OfficeJsTagPlugin {
  constructor(src) {
    this.src = src;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsTagPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      hooks.alterAssetTagGroups.tap("OfficeJsTagPlugin", (data) => {
        data.headTags.unshift(
          HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src, "data-office-js": "" }),
        );
        return data;
      });
      hooks.beforeEmit.tap("OfficeJsTagPlugin", (data) => {
        // One office.js only: the one chosen by OFFICE_JS_URL (marked), not a template's own.
        const html = data.html.replace(/<script\b[^>]*>\s*<\/script>/g, (tag) =>
          /office(\.debug)?\.js/.test(tag) && !/data-office-js/.test(tag) ? "" : tag,
        );
        return { ...data, html };
      });
    });
  }
}

/** Emits manifest.xml: as is in development, rewritten for production. */
class ManifestPlugin {
  constructor({ production }) {
    this.production = production;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const source = path.resolve(__dirname, "manifest.xml");
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(source);
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          let xml = fs.readFileSync(source, "utf8");
          if (this.production) {
            const metadata = ["functions.json", "functions-ja.json"].map((name) => {
              const asset = compilation.getAsset(name);
              return asset ? asset.source.source().toString() : "";
            });
            try {
              const version = metadataVersion(pkg.version, ...metadata);
              xml = productionManifest(xml, { origin: process.env.ADDIN_PUBLIC_URL, version });
            } catch (err) {
              compilation.errors.push(new WebpackError(`manifest: ${err.message}`));
              return;
            }
          }
          compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
        },
      );
    });
  }
}

/** Fails a production build whose own JavaScript exceeds the gzip budget. */
class JsBudgetPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("JsBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "JsBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const own = compilation.getAssets().filter((a) => /^[^/]+\.js$/.test(a.name));
          const gzip = own.reduce((sum, a) => sum + zlib.gzipSync(a.source.buffer()).length, 0);
          if (gzip > JS_BUDGET_GZIP) {
            compilation.errors.push(
              new WebpackError(`JavaScript budget: ${own.map((a) => a.name).join(" + ")} = ${gzip} bytes gzip > ${JS_BUDGET_GZIP}`),
            );
          }
        },
      );
    });
  }
}

// One bundle, functions.js, for the one page of the shared runtime (taskpane.html: office.js, then
// functions.js): one copy of the model (src/model: the category table, the record since,
// parsing), one request, no chunk-loading runtime. The same file is the Functions Script Url,
// which Excel (or a test's vm) may run without the page: the taskpane boots only where its page
// is (src/taskpane/taskpane.ts). It comes first so that a functions module failing (office.js
// blocked: no CustomFunctions) cannot keep the page from saying what it is.
const SHARED_RUNTIME_ENTRIES = {
  functions: ["./src/taskpane/taskpane.ts", "./functions/functions.ts"],
};

function config(_env, argv) {
  const production = argv.mode === "production";
  const officeJs = officeJsUrl();
  if (production) publicOrigin(process.env.ADDIN_PUBLIC_URL); // fail fast on a bad origin
  if (production && !process.env.ADDIN_PUBLIC_URL) {
    // A manifest pointing at the placeholder origin loads nothing: say so where it can't be missed.
    console.warn(
      "\nWARNING: ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at the placeholder " +
        `${publicOrigin(undefined)}. Set ADDIN_PUBLIC_URL=https://your.host/path before deploying.\n`,
    );
  }

  const copy = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (officeJs === OFFICE_JS_LOCAL) {
    // office.js loads the host-specific files (excel-web-16.00.js, ...), its strings for the
    // UI language (<locale>/office_strings.js) and telemetry from its own folder.
    copy.push({
      from: "**/*",
      context: OFFICE_JS_DIST,
      to: "office-js/",
      // Already minified by Microsoft: keep Terser away (it would take ~30 s).
      info: { minimized: true },
      globOptions: {
        ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts", "**/outlook_strings.js"],
      },
      filter: (file) => {
        const rel = path.relative(OFFICE_JS_DIST, file).split(path.sep).join("/");
        return (
          /^(office|custom-functions-runtime|o15apptofilemappingtable|es6-promise)\.js$/.test(rel) ||
          /^excel[^/]*\.js$/.test(rel) ||
          /^(telemetry|ariatelemetry)\//.test(rel) ||
          /^[a-z]{2,3}(-[a-z0-9]+)+\/office_strings\.js$/.test(rel)
        );
      },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: SHARED_RUNTIME_ENTRIES,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `tsc --noEmit` (npm test); ES modules let webpack tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
      new FunctionsJaPlugin(),
      new ManifestPlugin({ production }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page runs the one bundle, the functions and the taskpane.
        chunks: ["functions"],
        // ?<hash> on the bundle URLs so a new build is never served from cache.
        hash: production,
        // A favicon, so the page makes no request that 404s.
        favicon: "./assets/icon-32.png",
      }),
      new OfficeJsTagPlugin(officeJs),
      new CopyWebpackPlugin({ patterns: copy }),
      ...(production ? [new JsBudgetPlugin()] : []),
    ],
    performance: { hints: false },
    // The modules webpack does not concatenate (the two entries, the model) read each other's
    // exports by name: the shortest names for the most used (120 bytes gzip less than the
    // default), rather than stable hashed ones (nothing caches them: the page asks for the
    // bundle with the build's hash).
    optimization: production ? { mangleExports: "size" } : {},
  };
}

module.exports = config;
// For test/deep/build.test.ts and the browser test: the same budget the build enforces.
module.exports.JS_BUDGET_GZIP = JS_BUDGET_GZIP;
