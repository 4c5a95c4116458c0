import { readsAsText } from "../../src/sheet/blocks";
import { SHEET_NAME_MAX, uniqueSheetName, validSheetName } from "../../src/sheet/sheet-name";

describe("uniqueSheetName", () => {
  test("the base name when free, then (2), (3)... as Excel numbers copies", () => {
    expect(uniqueSheetName("FTX Losses", ["Sheet1"])).toBe("FTX Losses");
    expect(uniqueSheetName("FTX Losses", ["FTX Losses"])).toBe("FTX Losses (2)");
    expect(uniqueSheetName("FTX Losses", ["FTX Losses", "FTX Losses (2)"])).toBe("FTX Losses (3)");
    expect(uniqueSheetName("FTX Losses", ["FTX Losses", "FTX Losses (3)"])).toBe("FTX Losses (2)");
    expect(uniqueSheetName("FTX損失", ["FTX損失"])).toBe("FTX損失 (2)");
  });

  test("compares without regard to case, like Excel", () => {
    expect(uniqueSheetName("FTX Losses", ["ftx LOSSES"])).toBe("FTX Losses (2)");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });

  test("stays within 31 characters, shortening the base to make room for the number", () => {
    const long = "An analyst's very long sheet name indeed";
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(SHEET_NAME_MAX);
    const second = uniqueSheetName(long, [first]);
    expect(second).toHaveLength(SHEET_NAME_MAX);
    expect(second.endsWith(" (2)")).toBe(true);
    const names = [first, second];
    for (let i = 0; i < 120; i++) names.push(uniqueSheetName(long, names));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.every((n) => n.length <= SHEET_NAME_MAX)).toBe(true);
  });

  test("shortens between graphemes: never half an emoji, never a letter without its accent", () => {
    expect(validSheetName("x".repeat(30) + "😀")).toBe("x".repeat(30));
    expect(validSheetName("x".repeat(29) + "👍🏻")).toBe("x".repeat(29)); // not without its skin tone
    expect(validSheetName("x".repeat(30) + "e\u0301")).toBe("x".repeat(30));
    // The room for " (2)": the stem is cut before the accented e, not between e and its accent.
    const base = "x".repeat(26) + "e\u0301" + "abc";
    expect(uniqueSheetName(base, [base])).toBe(`${"x".repeat(26)} (2)`);
  });

  test("replaces the characters Excel forbids and apostrophes at the ends", () => {
    expect(validSheetName("a/b\\c?d*e[f]g:h")).toBe("a_b_c_d_e_f_g_h");
    expect(validSheetName("'quoted'")).toBe("quoted");
    expect(validSheetName("   ")).toBe("Sheet");
  });
});

describe("readsAsText: text Excel would not convert when written", () => {
  test.each(["FTX Losses", "Voyager/BlockFi bailouts", ">", "≈", "合計", "unit", "Jan", "Bear case"])(
    "%s stays as written",
    (text) => expect(readsAsText(text)).toBe(true),
  );
  test.each(["1500", "1,500", "$4.4", "80%", "(1.5)", "2022-11-08", "11/8", "8 Nov 2022", "11月8日", "TRUE", "=A1", "-x", "+1", "@x", "#N/A", "1e5", "Jan 5", "(100)", "１５億", "FTT falling from $22 to $4.4"])(
    "%s needs an apostrophe",
    (text) => expect(readsAsText(text)).toBe(false),
  );
});
