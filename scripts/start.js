// npm start: development build, HTTPS server on https://localhost:3000 (until Ctrl+C or
// `npm stop`), then sideload: into desktop Excel with office-addin-debugging on
// Windows/macOS, or printed steps for Excel on the web everywhere else.
const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawnSync } = require("child_process");
const env = require("./dev-env");
const { serve } = require("./serve");

function fail(message) {
  console.error(`\nnpm start FAILED: ${message}`);
  process.exit(1);
}

function build() {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [cli, "--mode", "development"], { cwd: env.ROOT, stdio: "inherit" });
  if (result.status !== 0) fail("the development build failed (see webpack's errors above)");
}

function webSteps(certs) {
  return [
    "",
    "Sideload into Excel on the web:",
    `  1. Trust the development CA once, so the browser accepts ${env.ORIGIN}:`,
    `       ${certs.ca}`,
    "     Chrome/Edge: Settings > Privacy and security > Security > Manage certificates >",
    "       Authorities > Import (tick \"Trust this certificate for identifying websites\").",
    "     Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.",
    `     Then open ${env.ORIGIN}/taskpane.html: it must load without a warning.`,
    "  2. Open a workbook in Excel on the web (https://excel.cloud.microsoft or office.com).",
    "  3. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,",
    `     choose ${env.MANIFEST}, then Upload.`,
    "  4. Type =FTX.LOSS(\"luna\") in a cell, or click Home > FTX Loss Model for the taskpane.",
    "",
    "Stop with Ctrl+C or `npm stop`.",
  ].join("\n");
}

/** True when nothing listens on the port yet (checked before building, which cleans dist/). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function main() {
  const running = env.readPid();
  if (running && env.isAlive(running)) fail(`the dev server is already running (pid ${running}); run \`npm stop\` first`);

  if (!(await portFree(env.PORT))) fail(`port ${env.PORT} is in use by another program`);
  build();

  let certs;
  try {
    certs = await env.ensureCertificates();
  } catch (err) {
    fail(`could not create the development certificate: ${err.message}`);
  }

  let server;
  try {
    server = await serve({ root: path.join(env.ROOT, "dist"), port: env.PORT, ...certs.options });
  } catch (err) {
    fail(err.code === "EADDRINUSE" ? `port ${env.PORT} is in use by another program` : err.message);
  }
  fs.mkdirSync(path.dirname(env.PID_FILE), { recursive: true });
  fs.writeFileSync(env.PID_FILE, String(process.pid));

  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    server.close();
    if (fs.existsSync(env.SIDELOAD_MARK)) {
      await env.runOfficeAddinDebugging(["stop", env.MANIFEST, "desktop"]);
      fs.rmSync(env.SIDELOAD_MARK, { force: true });
    }
    if (env.readPid() === process.pid) fs.rmSync(env.PID_FILE, { force: true });
    console.log("Dev server stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGHUP", () => shutdown(0));

  console.log(`\nServing dist/ at ${env.ORIGIN}/ (pid ${process.pid})`);
  console.log(`  CA certificate: ${certs.ca}`);

  if (env.DESKTOP && env.officeAddinDebuggingCli()) {
    console.log("\nSideloading into Excel desktop with office-addin-debugging...");
    const result = await env.runOfficeAddinDebugging([
      "start", env.MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(env.PORT),
    ]);
    if (!result.ok) {
      const why = result.failureLine ? `it reported: ${result.failureLine.trim()}` : `exit code ${result.code}`;
      console.error(`\nSideloading into Excel desktop FAILED (${why}).`);
      console.error(webSteps(certs));
      await shutdown(1);
      return;
    }
    fs.writeFileSync(env.SIDELOAD_MARK, "desktop");
    console.log("\nSideloaded into Excel desktop. Stop with Ctrl+C or `npm stop` (also unregisters it).");
  } else {
    if (env.DESKTOP) console.log("\noffice-addin-debugging is not installed: no desktop sideload.");
    console.log(webSteps(certs));
  }
}

main().catch((err) => fail(err.stack || String(err)));
