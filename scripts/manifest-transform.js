// The production manifest is the development manifest with two changes, kept in one small
// function so webpack and test/manifest.test.ts exercise the same code:
// 1. every https://localhost:3000 becomes the public origin (a global replace: Microsoft's
//    templates once rewrote only the first match per line and shipped localhost URLs);
// 2. XML comments are dropped (they describe the development setup);
// 3. the functions metadata URLs (functions.json, functions-ja.json) get a ?v= query that
//    changes with their content, because Excel caches metadata for up to 24 hours by URL.
const crypto = require("crypto");

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PUBLIC_URL = "https://ftx-loss-model.example.com";

/** The public origin (scheme + host [+ path prefix]) without a trailing slash; https only. */
function publicOrigin(value) {
  const text = (value || DEFAULT_PUBLIC_URL).trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${JSON.stringify(text)}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must be https (Office loads add-ins over HTTPS only): ${text}`);
  }
  if (/["'<>&\s]/.test(text) || url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must be a plain origin or path prefix: ${text}`);
  }
  if (/localhost|127\.0\.0\.1/.test(url.hostname)) {
    throw new Error(`ADDIN_PUBLIC_URL must not be localhost in a production build: ${text}`);
  }
  return text;
}

/** "1.0.0-<8 hex>": the package version plus a hash of the metadata files' content. */
function metadataVersion(packageVersion, ...contents) {
  const hash = crypto.createHash("sha256");
  for (const content of contents) hash.update(content);
  return `${packageVersion}-${hash.digest("hex").slice(0, 8)}`;
}

/**
 * Rewrites a development manifest for production.
 * @param {string} xml the development manifest (manifest.xml)
 * @param {{ origin: string, version: string }} options public origin and metadata version
 * @returns {string} the production manifest
 */
function productionManifest(xml, { origin, version }) {
  const target = publicOrigin(origin);
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`bad metadata version: ${version}`);
  const out = xml
    // Comments describe the development setup (and mention localhost); users never see them.
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, "")
    .split(DEV_ORIGIN)
    .join(target)
    // Only the metadata files: the script URL is covered by the page's own cache rules.
    .replace(/(\/functions(?:-ja)?\.json)(?=")/g, `$1?v=${version}`);
  const leftover = out.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/);
  if (leftover) throw new Error(`production manifest still points at ${leftover[0]}`);
  if (!/functions\.json\?v=/.test(out) || !/functions-ja\.json\?v=/.test(out)) {
    throw new Error("production manifest: functions.json / functions-ja.json URLs not found");
  }
  return out;
}

module.exports = { DEV_ORIGIN, DEFAULT_PUBLIC_URL, publicOrigin, metadataVersion, productionManifest };
