// What `npm start` and `npm stop` share: where things are, the developer certificate, and
// running office-addin-debugging (optional: it cannot install on Linux) without trusting its
// exit code, which can be 0 after a printed error.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}`;
const MANIFEST = path.join(ROOT, "manifest.xml");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "ftx-loss-model", "dev-server.pid");
const SIDELOAD_MARK = path.join(path.dirname(PID_FILE), "sideloaded");
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

function certPaths() {
  const defaults = require("office-addin-dev-certs/lib/defaults");
  return {
    dir: defaults.certificateDirectory,
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
}

/** True when the three files exist and the localhost certificate is valid for a day more. */
function certificatesUsable(paths) {
  if (![paths.ca, paths.cert, paths.key].every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    const key = crypto.createPrivateKey(fs.readFileSync(paths.key));
    return cert.checkPrivateKey(key) && Date.parse(cert.validTo) > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/**
 * Makes sure a CA and a localhost certificate exist in ~/.office-addin-dev-certs.
 * Windows/macOS: office-addin-dev-certs generates and trusts them (it asks the user).
 * Elsewhere: generate only; trusting the CA needs root, so we print how to do it instead.
 */
async function ensureCertificates() {
  const devCerts = require("office-addin-dev-certs");
  const paths = certPaths();
  if (DESKTOP) {
    await devCerts.ensureCertificatesAreInstalled();
  } else if (!certificatesUsable(paths)) {
    for (const f of [paths.ca, paths.cert, paths.key]) fs.rmSync(f, { force: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
  }
  if (!certificatesUsable(paths)) throw new Error(`no usable certificate in ${paths.dir}`);
  return {
    ...paths,
    options: { ca: fs.readFileSync(paths.ca), cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) },
  };
}

/** The office-addin-debugging CLI script, or null when the package is not installed. */
function officeAddinDebuggingCli() {
  try {
    const pkgFile = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
    return bin ? path.join(path.dirname(pkgFile), bin) : null;
  } catch {
    return null;
  }
}

// Lines office-addin-debugging prints when something went wrong, whatever its exit code.
const FAILURE = /\b(error|failed|failure|unable to|cannot|could not|not supported|exception)\b/i;

/**
 * Runs office-addin-debugging with args, echoing its output. Resolves { ok, output }:
 * ok only when it exited 0 AND printed no failure line.
 */
function runOfficeAddinDebugging(args) {
  const cli = officeAddinDebuggingCli();
  if (!cli) return Promise.resolve({ ok: false, output: "office-addin-debugging is not installed" });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on("error", (err) => resolve({ ok: false, output: output + String(err) }));
    child.on("close", (code) => {
      const failureLine = output.split(/\r?\n/).find((line) => FAILURE.test(line));
      resolve({ ok: code === 0 && !failureLine, output, code, failureLine });
    });
  });
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

module.exports = {
  ROOT,
  PORT,
  ORIGIN,
  MANIFEST,
  PID_FILE,
  SIDELOAD_MARK,
  DESKTOP,
  FAILURE,
  certPaths,
  ensureCertificates,
  officeAddinDebuggingCli,
  runOfficeAddinDebugging,
  readPid,
  isAlive,
};
