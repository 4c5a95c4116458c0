// Validates custom-functions metadata files against a JSON schema with ajv (used by .ci/run).
// Usage: node scripts/check-metadata-schema.js SCHEMA.json FILE.json [FILE.json...]
const fs = require("fs");
const Ajv = require("ajv");

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: check-metadata-schema SCHEMA.json FILE.json [FILE.json...]");
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("uri", (text) => URL.canParse(text));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
let status = 0;
for (const file of files) {
  if (validate(JSON.parse(fs.readFileSync(file, "utf8")))) {
    console.log(`${file}: valid against ${schemaPath}`);
  } else {
    status = 1;
    for (const e of validate.errors) console.error(`${file}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(status);
