// The production configuration webpack.config.js returns, checked without a build (the build
// itself: test/deep/build.test.ts; where office.js comes from: office-js-source.test.ts).
import webpackConfig from "../../webpack.config";

/** The production configuration webpack.config.js returns with these environment variables. */
function productionConfig(env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    return webpackConfig({}, { mode: "production" });
  } finally {
    set(saved);
  }
}

const ORIGIN = "https://addin.example.org";

describe("other production settings (the configuration, not another build)", () => {
  test("a bad OFFICE_JS_URL or a non-https origin fails the build", () => {
    expect(() => productionConfig({ OFFICE_JS_URL: "http://example.org/office.js", ADDIN_PUBLIC_URL: ORIGIN })).toThrow(/OFFICE_JS_URL/);
    expect(() => productionConfig({ ADDIN_PUBLIC_URL: "http://insecure.example.org" })).toThrow(/https/);
  });
});
