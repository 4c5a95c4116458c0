// npm stop: stops the dev server started by `npm start` (its pid file) and, on Windows/macOS,
// unregisters the desktop sideload with office-addin-debugging.
const fs = require("fs");
const env = require("./dev-env");

async function main() {
  let status = 0;
  const pid = env.readPid();
  if (pid && env.isAlive(pid)) {
    process.kill(pid, "SIGTERM");
    // The server unregisters the sideload itself on SIGTERM; wait for it to exit.
    const deadline = Date.now() + 20000;
    while (env.isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (env.isAlive(pid)) {
      console.error(`The dev server (pid ${pid}) did not stop within 20 s; killing it.`);
      process.kill(pid, "SIGKILL");
    }
    console.log(`Stopped the dev server (pid ${pid}).`);
  } else {
    console.log("No dev server is running.");
  }
  fs.rmSync(env.PID_FILE, { force: true });

  // Windows kills without running the server's handler, so unregister here too.
  if (env.DESKTOP && env.officeAddinDebuggingCli() && fs.existsSync(env.SIDELOAD_MARK)) {
    const result = await env.runOfficeAddinDebugging(["stop", env.MANIFEST, "desktop"]);
    if (result.ok) {
      fs.rmSync(env.SIDELOAD_MARK, { force: true });
      console.log("Unregistered the add-in from Excel desktop.");
    } else {
      console.error("Unregistering the add-in from Excel desktop FAILED; see the output above.");
      status = 1;
    }
  }
  process.exit(status);
}

main().catch((err) => {
  console.error(`npm stop FAILED: ${err.stack || err}`);
  process.exit(1);
});
