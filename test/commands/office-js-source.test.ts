// Where the taskpane page loads office.js from, read off the webpack configuration that
// `npm run build` and `npm start` use: Microsoft's CDN unless OFFICE_JS_URL asks otherwise.
import CopyPlugin from "copy-webpack-plugin";
import { OFFICE_JS_CDN, OFFICE_JS_LOCAL } from "../../scripts/office-js";

interface Plugin {
  constructor: { name: string };
  src?: string;
  patterns?: { to?: string }[];
}
type WebpackConfig = (env: object, argv: { mode: string }) => { plugins: Plugin[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as WebpackConfig;

function officeJsChoice(mode: string, officeJsUrl: string | undefined) {
  const saved = process.env.OFFICE_JS_URL;
  if (officeJsUrl === undefined) delete process.env.OFFICE_JS_URL;
  else process.env.OFFICE_JS_URL = officeJsUrl;
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const { plugins } = webpackConfig({}, { mode });
    const tag = plugins.find((p) => p.constructor.name === "OfficeJsTagPlugin");
    const copy = plugins.find((p) => (p as unknown) instanceof CopyPlugin);
    return { src: tag?.src, copiesOfficeJs: (copy?.patterns ?? []).some((pattern) => pattern.to === "office-js/") };
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.OFFICE_JS_URL;
    else process.env.OFFICE_JS_URL = saved;
  }
}

test.each(["production", "development"])("%s build: office.js from Microsoft's CDN by default, no local copy", (mode) => {
  expect(officeJsChoice(mode, undefined)).toEqual({ src: OFFICE_JS_CDN, copiesOfficeJs: false });
  expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
});

test("OFFICE_JS_URL=local: the copy from the npm package, for offline use", () => {
  expect(officeJsChoice("production", "local")).toEqual({ src: OFFICE_JS_LOCAL, copiesOfficeJs: true });
});

test("OFFICE_JS_URL must be local, cdn or an https URL of office.js", () => {
  expect(() => officeJsChoice("production", "http://example.org/office.js")).toThrow(/OFFICE_JS_URL must be/);
});
