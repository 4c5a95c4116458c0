// Serves a folder (the built dist/) over plain HTTP on 127.0.0.1 for browser tests: localhost is
// a secure context, so no certificate is needed. office.js always comes from the
// @microsoft/office-js package (no network), however dist/ was built: the page's CDN URL is
// rewritten to /office-js/office.js, which is served from the package.
import { execFileSync } from "child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, resolve, sep } from "path";
import { OFFICE_JS_CDN, OFFICE_JS_LOCAL, OFFICE_JS_PACKAGE_DIST } from "../../../scripts/office-js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

const OFFICE_JS_PREFIX = "/" + OFFICE_JS_LOCAL.replace(/[^/]+$/, "");

export async function serveDirectory(root: string): Promise<Served> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    let dir = base;
    if (path.startsWith(OFFICE_JS_PREFIX)) {
      dir = OFFICE_JS_PACKAGE_DIST;
      path = path.slice(OFFICE_JS_PREFIX.length - 1);
    }
    const file = resolve(dir, "." + path);
    let ok = file.startsWith(dir + sep);
    try {
      ok = ok && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    if (extname(file) === ".html") res.end(readFileSync(file, "utf8").split(OFFICE_JS_CDN).join(OFFICE_JS_LOCAL));
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const ROOT = resolve(__dirname, "../../..");
export const DIST = join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");

/** The built taskpane served on localhost, and Debian's chromium to open it. CI builds first
 * (npm run build); a local run without dist/ builds here. CHROMIUM_PATH overrides the browser. */
export async function startTaskpaneBrowser(): Promise<{ served: Served; browser: Browser }> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  }
  mkdirSync(RESULTS, { recursive: true });
  const served = await serveDirectory(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // No network but the loopback here: chromium's own background traffic would only fail.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return { served, browser };
}

/** Starts the server and browser once for a test file and stops them after it; `newPage` gives a
 * page in a fresh browser context, `url` the taskpane's address. */
export function useTaskpaneBrowser(): {
  newPage(options: BrowserContextOptions): Promise<Page>;
  url(): string;
} {
  let started: { served: Served; browser: Browser } | undefined;
  beforeAll(async () => {
    started = await startTaskpaneBrowser();
  }, 180_000);
  afterAll(async () => {
    await started?.browser.close();
    await started?.served.close();
  });
  const get = () => {
    if (!started) throw new Error("the taskpane browser has not started");
    return started;
  };
  return {
    newPage: async (options) => (await get().browser.newContext(options)).newPage(),
    url: () => `${get().served.origin}/taskpane.html`,
  };
}
