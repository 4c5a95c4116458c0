// LibreOffice headless, converting a workbook (to CSV, HTML, ...) in a throwaway profile.
//
// LibreOffice trusts an .xlsx file's cached results unless told otherwise (its default for
// OOXMLRecalcMode is "never recalculate"), which would make a check read back our own numbers:
// with `recalculate`, the profile sets it to "always".
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { pathToFileURL } from "url";

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `xlsx` with the given --convert-to filter into a new folder under `work`; returns the
 * path of the file written (same base name, the filter's extension). */
export function convertWithLibreOffice(xlsx: string, filter: string, work: string, recalculate: boolean): string {
  const profile = mkdtempSync(join(work, "profile-"));
  if (recalculate) {
    mkdirSync(join(profile, "user"));
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  }
  const outDir = mkdtempSync(join(work, "out-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, xlsx],
    { stdio: "pipe", timeout: 120000 },
  );
  return join(outDir, basename(xlsx).replace(/\.xlsx$/, "." + filter.split(":")[0]));
}
