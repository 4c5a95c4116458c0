// The CLI as a user runs it: bin/ftx-loss-model.js in a throwaway package folder (bin/ + lib/),
// lib/ transpiled from src/ with the TypeScript API (no type check: `npm test` does that), so a
// test can spawn the real process quickly.
import { spawnSync, type SpawnSyncReturns } from "child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join, resolve } from "path";
import * as ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");

export interface BuiltCli {
  run(cwd: string, ...args: string[]): SpawnSyncReturns<string>;
  remove(): void;
}

export function buildCli(): BuiltCli {
  const pkg = mkdtempSync(join(tmpdir(), "ftx-cli-bin-"));
  const src = join(ROOT, "src");
  for (const entry of readdirSync(src, { recursive: true })) {
    const rel = String(entry);
    if (!rel.endsWith(".ts") || rel.endsWith(".d.ts")) continue;
    const { outputText } = ts.transpileModule(readFileSync(join(src, rel), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: rel,
    });
    const file = join(pkg, "lib", rel.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, outputText);
  }
  cpSync(join(ROOT, "bin"), join(pkg, "bin"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
  return {
    run: (cwd, ...args) =>
      spawnSync(process.execPath, [join(pkg, "bin", "ftx-loss-model.js"), ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, INIT_CWD: "" },
      }),
    remove: () => rmSync(pkg, { recursive: true, force: true }),
  };
}
