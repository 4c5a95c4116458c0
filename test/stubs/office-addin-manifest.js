// Stand-in for office-addin-manifest under jest (the real package is an ES module that jest's
// CommonJS loader rejects). office-addin-mock only reads this enum from it.
const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
module.exports = { OfficeApp };
