// npm run bench: speed of the custom functions as Excel calls them.
//   1. FTX.TOTAL over a 1000×1000 range (one number[][] argument, as Excel passes a range)
//      against a plain nested for-loop sum of the same data; target: at most 2× the loop.
//   2. FTX.AMOUNT throughput on a mix of real-world amount strings, in parses per second;
//      target: at least 3 million per second.
//   3. FTX.TOTAL over a 1000×1000 range of those amounts as text against the same amounts as
//      numbers; target: at most 100× (the functions share the taskpane's runtime, so a slow
//      formula freezes the panel too).
//   4. The Monte Carlo of the total (scripts/bench-simulate.js): FTX.SIMULATE in ≤ 30 ms and
//      its draws within 1.5× of a bare loop making the same draws.
// functions/functions.ts and src/model are transpiled with the TypeScript API into a temp
// directory and required (no ts-node). Exits 1 when a target is missed.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");
const { benchSimulation } = require("./bench-simulate");

const ROOT = path.resolve(__dirname, "..");
const RUNS = 15;
const TOTAL_TARGET = 2;
const PARSE_TARGET = 3e6; // parses per second
const TEXT_TARGET = 100; // FTX.TOTAL over text / over numbers
const AMOUNTS = [
  "15億", "$1.5B", "2,000万", "1兆5000億", "500 million",
  "-1.5B", "▲15億", "4,000,000,000", "US$ 2B", "１５億",
];

/** Transpiles every .ts under the given folders into a temp dir; returns the dir. */
function compile(folders) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ftx-bench-"));
  for (const folder of folders) {
    for (const entry of fs.readdirSync(path.join(ROOT, folder), { recursive: true })) {
      const rel = path.join(folder, String(entry));
      if (!rel.endsWith(".ts") || rel.endsWith(".d.ts")) continue;
      const { outputText } = ts.transpileModule(fs.readFileSync(path.join(ROOT, rel), "utf8"), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
        fileName: rel,
      });
      const file = path.join(out, rel.replace(/\.ts$/, ".js"));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, outputText);
    }
  }
  // The compiled modules require packages (pure-rand) from the project's node_modules.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(out, "node_modules"), "dir");
  return out;
}

/** Excel's CustomFunctions global, as far as the functions use it. */
function installCustomFunctionsGlobal() {
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  globalThis.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time in ms of fn over RUNS runs, after `warmUp` runs (two by default): what a
 * sheet that recalculates many cells meets is the optimized code, not the first calls. */
function time(fn, warmUp = 2) {
  let result;
  for (let i = 0; i < warmUp; i++) result = fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result };
}

function loopSum(rows) {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < row.length; j++) sum += row[j];
  }
  return sum;
}

function main() {
  const dir = compile(["functions", "src/model"]);
  installCustomFunctionsGlobal();
  const ftx = require(path.join(dir, "functions", "functions.js"));

  console.log(`FTX Loss Model bench (node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}; median of ${RUNS} runs)\n`);

  // Loss-like amounts: dollars with cents, up to $5B, so the sum is not trivially exact.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => Math.round(random() * 5e11) / 100));

  const ours = time(() => ftx.total(rows));
  const loop = time(() => loopSum(rows));
  const ratio = ours.ms / loop.ms;
  console.log("FTX.TOTAL over a 1000×1000 range (1,000,000 numbers, one number[][] argument)");
  console.log(`  FTX.TOTAL      ${ours.ms.toFixed(2).padStart(9)} ms   sum ${ours.result}`);
  console.log(`  nested loop    ${loop.ms.toFixed(2).padStart(9)} ms   sum ${loop.result}`);
  // The data are whole cents, so BigInt gives the exact sum to compare both against.
  const exact = rows.reduce((acc, row) => row.reduce((a, x) => a + BigInt(Math.round(x * 100)), acc), 0n);
  console.log(`  exact sum                     ${exact / 100n}.${String(exact % 100n).padStart(2, "0")}`);
  console.log(`  ratio          ${ratio.toFixed(2).padStart(9)} ×   (target ≤ ${TOTAL_TARGET}×: ${ratio <= TOTAL_TARGET ? "met" : "EXCEEDED"})\n`);

  const parsed = AMOUNTS.map((text) => {
    try {
      return `${text} → ${ftx.amount(text)}`;
    } catch (err) {
      return `${text} → ${err.code || "error"} ${err.message}`;
    }
  });
  // 100,000 parses per timed run (about 30 ms): long enough that a timer tick or a collection
  // does not decide the median; ten warm-up runs, so V8 has optimized every form's path.
  const batch = 100000;
  const amounts = time(() => {
    let checksum = 0;
    for (let i = 0; i < batch; i++) {
      try {
        checksum += ftx.amount(AMOUNTS[i % AMOUNTS.length]);
      } catch {
        checksum += 1;
      }
    }
    return checksum;
  }, 10);
  const throughput = batch / (amounts.ms / 1000);
  const parseMet = throughput >= PARSE_TARGET;
  console.log(`FTX.AMOUNT on ${AMOUNTS.length} strings (${batch} parses per run)`);
  for (const line of parsed) console.log(`  ${line}`);
  console.log(`  throughput     ${Math.round(throughput).toLocaleString("en-US")} parses/s (${((amounts.ms * 1000) / batch).toFixed(2)} µs each)   (target ≥ ${PARSE_TARGET.toLocaleString("en-US")}/s: ${parseMet ? "met" : "MISSED"})\n`);

  // The mixed forms as a sheet of text, and the same amounts as numbers.
  const textRows = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 1000 }, (_, k) => AMOUNTS[(r + k) % AMOUNTS.length]));
  const numberRows = textRows.map((row) => row.map((text) => ftx.amount(text)));
  const asText = time(() => ftx.total(textRows));
  const asNumbers = time(() => ftx.total(numberRows));
  const textRatio = asText.ms / asNumbers.ms;
  // Every cell a different text: nothing is read twice (no target; how far the per-call memory helps).
  const distinctRows = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 1000 }, (_, k) => `$${r}.${String(k).padStart(3, "0")}M`));
  const distinct = time(() => ftx.total(distinctRows));
  console.log("FTX.TOTAL over a 1000×1000 range of text amounts (the mix above) against the same as numbers");
  console.log(`  text           ${asText.ms.toFixed(2).padStart(9)} ms   sum ${asText.result}`);
  console.log(`  numbers        ${asNumbers.ms.toFixed(2).padStart(9)} ms   sum ${asNumbers.result}`);
  console.log(`  ratio          ${textRatio.toFixed(2).padStart(9)} ×   (target ≤ ${TEXT_TARGET}×: ${textRatio <= TEXT_TARGET ? "met" : "EXCEEDED"})`);
  console.log(`  distinct texts ${distinct.ms.toFixed(2).padStart(9)} ms   (1,000,000 different texts, each read once; ${(distinct.ms / asNumbers.ms).toFixed(1)}× numbers)\n`);

  const simulation = benchSimulation(require(path.join(dir, "src", "model", "index.js")), ftx);

  fs.rmSync(dir, { recursive: true, force: true });
  const missed = [
    ratio > TOTAL_TARGET && `FTX.TOTAL is ${ratio.toFixed(2)}× the plain loop (target ${TOTAL_TARGET}×)`,
    !parseMet && `FTX.AMOUNT reads ${Math.round(throughput).toLocaleString("en-US")}/s (target ${PARSE_TARGET.toLocaleString("en-US")}/s)`,
    textRatio > TEXT_TARGET && `FTX.TOTAL over text is ${textRatio.toFixed(1)}× over numbers (target ${TEXT_TARGET}×)`,
  ].filter(Boolean);
  if (missed.length > 0) {
    console.log(`bench: missed: ${missed.join("; ")}: exiting 1.`);
    process.exit(1);
  }
  if (!simulation.ok) {
    console.log(`bench: simulation target missed (${simulation.summary}): exiting 1.`);
    process.exit(1);
  }
  console.log(`bench: all targets met (TOTAL ≤ ${TOTAL_TARGET}× the loop, ≥ ${PARSE_TARGET.toLocaleString("en-US")} parses/s, text ≤ ${TEXT_TARGET}× numbers; ${simulation.summary}).`);
}

main();
