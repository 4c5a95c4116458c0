// manifest.xml: the settings Excel depends on, and the production rewrite
// (scripts/manifest-transform.js, the same function webpack runs in `npm run build`).
// The full schema check is ../shared/tools/validate-manifest, run by .ci/run.
import * as fs from "fs";
import * as path from "path";
import {
  DEFAULT_PUBLIC_URL,
  metadataVersion,
  productionManifest,
  publicOrigin,
} from "../scripts/manifest-transform";

const ROOT = path.resolve(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The DefaultValue of the resource with this id (bt:Url, bt:String, bt:Image). */
function resource(source: string, id: string): string {
  const m = source.match(new RegExp(`<bt:\\w+ id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`));
  if (!m) throw new Error(`no resource ${id}`);
  return m[1];
}

/** The ja-JP override inside the resource element with this id. */
function jaOverride(source: string, id: string): string | undefined {
  const element = source.match(new RegExp(`<bt:(\\w+) id="${id.replace(/\./g, "\\.")}"[^>]*>([\\s\\S]*?)</bt:\\1>`));
  return element?.[2].match(/<bt:Override Locale="ja-JP" Value="([^"]*)"/)?.[1];
}

/** URLs in attribute values and text, namespace declarations (xmlns) aside. */
const urls = (source: string): string[] =>
  [...source.matchAll(/(xmlns(?::\w+)?=")?(https?:\/\/[^"<\s]+)/g)].filter((m) => !m[1]).map((m) => m[2]);

describe("manifest.xml", () => {
  test("is an Excel (Workbook) add-in named FTX Loss Model with a stable GUID", () => {
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="FTX Loss Model">\s*<Override Locale="ja-JP" Value="[^"]+"\/>/);
  });

  test("custom functions live in the FTX namespace", () => {
    expect(xml).toMatch(/<Namespace resid="Functions\.Namespace"\s*\/>/);
    expect(resource(xml, "Functions.Namespace")).toBe("FTX");
  });

  test("uses a long-lived shared runtime on the taskpane page", () => {
    expect(xml).toMatch(/<Runtimes>\s*<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>\s*<\/Runtimes>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane\.Url"\s*\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    // CustomFunctions.Error is 1.2, CustomFunctions.ErrorCode 1.3 (office-api-sets in .ci/run).
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.3"\/>/);
    expect(resource(xml, "Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
  });

  test("asks for ReadWriteDocument", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  test("serves Japanese function descriptions from functions-ja.json", () => {
    expect(resource(xml, "Functions.Metadata.Url")).toBe("https://localhost:3000/functions.json");
    expect(jaOverride(xml, "Functions.Metadata.Url")).toBe("https://localhost:3000/functions-ja.json");
  });

  test("has a ribbon button that shows the taskpane, labelled in English and Japanese", () => {
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane\.Url"\s*\/>/);
    for (const id of ["TaskpaneButton.Label", "TaskpaneButton.Tooltip", "CommandsGroup.Label"]) {
      expect(jaOverride(xml, id)).toBeTruthy();
    }
  });

  test("every icon it names exists as a PNG of that size", () => {
    const icons = urls(xml).filter((u) => u.endsWith(".png"));
    expect(new Set(icons.map((u) => path.basename(u)))).toEqual(
      new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]),
    );
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("points only at the dev server", () => {
    for (const u of urls(xml)) {
      expect(u).toMatch(/^https:\/\/localhost:3000\//);
    }
  });
});

describe("production manifest transform", () => {
  const version = metadataVersion("1.0.0", "{functions}", "{functions-ja}");
  const prod = productionManifest(xml, { origin: "https://addin.example.org/ftx/", version });

  test("rewrites every localhost URL to the public origin", () => {
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/);
    const own = urls(prod);
    expect(own.length).toBe(urls(xml).filter((u) => u.includes("localhost:3000")).length);
    for (const u of own) expect(u).toMatch(/^https:\/\/addin\.example\.org\/ftx\/[^/]/);
  });

  test("versions both metadata URLs so Excel's metadata cache cannot serve stale signatures", () => {
    expect(version).toMatch(/^1\.0\.0-[0-9a-f]{8}$/);
    expect(resource(prod, "Functions.Metadata.Url")).toBe(`https://addin.example.org/ftx/functions.json?v=${version}`);
    expect(jaOverride(prod, "Functions.Metadata.Url")).toBe(`https://addin.example.org/ftx/functions-ja.json?v=${version}`);
    expect(resource(prod, "Taskpane.Url")).toBe("https://addin.example.org/ftx/taskpane.html");
  });

  test("the version changes with the metadata content", () => {
    expect(metadataVersion("1.0.0", "a", "b")).not.toBe(metadataVersion("1.0.0", "a", "c"));
    expect(metadataVersion("1.0.0", "a", "b")).toBe(metadataVersion("1.0.0", "a", "b"));
  });

  test("keeps everything else byte for byte, comments aside", () => {
    const back = prod.split("https://addin.example.org/ftx").join("https://localhost:3000").split(`?v=${version}`).join("");
    expect(back).toBe(xml.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, ""));
    expect(prod).not.toContain("<!--");
  });

  test("defaults to the documented origin and refuses a non-https or localhost one", () => {
    expect(publicOrigin(undefined)).toBe(DEFAULT_PUBLIC_URL);
    expect(() => publicOrigin("http://addin.example.org")).toThrow(/https/);
    expect(() => publicOrigin("https://localhost:8443")).toThrow(/localhost/);
    expect(() => publicOrigin("https://x.example.org/?a=1")).toThrow(/plain origin/);
    expect(() => productionManifest(xml, { origin: "https://x.example.org", version: 'bad"version' })).toThrow();
  });
});
