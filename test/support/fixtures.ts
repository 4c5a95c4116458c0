import { readFileSync } from "fs";
import { join } from "path";

/** Rows of a tab-separated fixture in test/fixtures; "#" lines are comments. */
export function readFixture(name: string): string[][] {
  const text = readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
  return text
    .split("\n")
    .filter((line, i, all) => !line.startsWith("#") && !(i === all.length - 1 && line === ""))
    .map((line) => line.split("\t"));
}
