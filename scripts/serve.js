// A small HTTPS static file server for dist/ (the development server of `npm start`).
// Plain node:https rather than webpack-dev-server: nothing to configure, no websocket
// client injected into the taskpane, and the same files a production host would serve.
const fs = require("fs");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** The file under root for a URL path, or null when it escapes root or does not exist. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return resolveFile(root, path.posix.join(decoded, "taskpane.html"));
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts serving root over HTTPS on 127.0.0.1 and, where the machine has it, ::1 (browsers
 * resolve "localhost" to either). Resolves with { close() } once listening.
 * @param {{ root: string, port: number, key: Buffer, cert: Buffer, ca?: Buffer }} options
 */
async function serve({ root, port, key, cert, ca }) {
  const absRoot = path.resolve(root);
  const handler = (req, res) => {
    const headers = {
      // Excel on the web fetches functions.json and the icons from its own origin.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" });
      res.end();
      return;
    }
    const file = resolveFile(absRoot, req.url || "/");
    if (!file) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${req.url}\n`);
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
    res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": fs.statSync(file).size });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
  const listen = (host) =>
    new Promise((resolve, reject) => {
      const server = https.createServer({ key, cert, ca }, handler);
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve(server);
      });
    });
  const servers = [await listen("127.0.0.1")];
  try {
    servers.push(await listen("::1"));
  } catch (err) {
    // No IPv6 loopback (EADDRNOTAVAIL) is fine; the port being taken on ::1 is not.
    if (err.code === "EADDRINUSE") {
      servers[0].close();
      throw err;
    }
  }
  return { close: () => servers.forEach((s) => s.close()) };
}

module.exports = { serve, resolveFile };
