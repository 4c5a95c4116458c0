// Where office.js comes from: Microsoft's CDN (the source Microsoft supports, the default), or
// a copy from the @microsoft/office-js package (OFFICE_JS_URL=local: offline use, the tests).
const path = require("path");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The local copy's URL, relative to taskpane.html. */
const OFFICE_JS_LOCAL = "office-js/office.js";
/** The package folder the local copy is made from (office.js and the host files it loads). */
const OFFICE_JS_PACKAGE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

module.exports = { OFFICE_JS_CDN, OFFICE_JS_LOCAL, OFFICE_JS_PACKAGE_DIST };
