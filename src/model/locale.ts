import { fitUnits, graphemeCount } from "./graphemes";
import { fail, ok, type Result } from "./result";

export type Locale = "en" | "ja";
export const LOCALES: readonly Locale[] = ["en", "ja"];

/** Words for the user in every language: the taskpane and the versions layers make messages
 * without knowing which language they will be shown in (the user can switch after a message was
 * made), and pick one with `message[locale]` where they show it. */
export type Message = Readonly<Record<Locale, string>>;

export const say = (en: string, ja: string): Message => ({ en, ja });

/** Sentences one after another, as each language writes them: a space between English ones,
 * none between Japanese ones (a space after 。 is a stray gap). */
export const joinSentences = (locale: Locale, sentences: readonly string[]): string =>
  sentences.join(locale === "ja" ? "" : " ");

/** Messages one after another, as one message in each language. */
export const joinMessages = (messages: readonly Message[]): Message =>
  say(joinSentences("en", messages.map((m) => m.en)), joinSentences("ja", messages.map((m) => m.ja)));

const NAMES: ReadonlyMap<string, Locale> = new Map([
  ["en", "en"],
  ["english", "en"],
  ["en-us", "en"],
  ["en-gb", "en"],
  ["英語", "en"],
  ["ja", "ja"],
  ["jp", "ja"],
  ["ja-jp", "ja"],
  ["japanese", "ja"],
  ["日本語", "ja"],
]);

/** Reads a language argument ("en", "ja", "Japanese", "日本語", "ja-JP"); blank means English. */
export function parseLocale(input: unknown): Result<Locale> {
  if (input === undefined || input === null) return ok("en");
  if (typeof input !== "string") {
    return fail(
      "value",
      `Language must be text, "en" or "ja"; got ${describeValue(input)}.`,
      `言語は "en" または "ja" の文字列で指定してください(入力: ${describeJa(input)})。`,
    );
  }
  const key = input.normalize("NFKC").trim().toLowerCase().replace(/_/g, "-");
  if (key === "") return ok("en");
  const locale = NAMES.get(key);
  return locale
    ? ok(locale)
    : fail(
        "value",
        `Unknown language ${describeValue(input)}: use "en" (English) or "ja" (Japanese).`,
        `不明な言語${describeJa(input)}です。"en"(英語)または "ja"(日本語)を指定してください。`,
      );
}

/** Office's display language ("ja-JP", "en-US") to a supported locale. */
export function localeFromOffice(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Text as a message quotes it: whole up to 60 UTF-16 units, else its start in whole graphemes
 * and its length in characters as a reader counts them (graphemes), so a pasted megabyte names
 * itself without flooding the cell's error tooltip. */
const QUOTED_LENGTH = 60;

function quoted(text: string, open: string, close: string, length: (n: string) => string): string {
  if (text.length <= QUOTED_LENGTH) return `${open}${text}${close}`;
  return `${open}${fitUnits(text, QUOTED_LENGTH)}…${close}${length(graphemeCount(text).toLocaleString("en-US"))}`;
}

/** describeValue() in Japanese: 「text」, TRUE, 42, 空白. */
export function describeJa(value: unknown): string {
  if (typeof value === "string") return quoted(value, "「", "」", (n) => `(全${n}文字)`);
  if (value === null || value === undefined) return "空白";
  if (typeof value === "object") return "別の種類の値";
  return describeValue(value);
}

export function describeValue(value: unknown): string {
  if (typeof value === "string") return quoted(value, '"', '"', (n) => ` (${n} characters)`);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined) return "a blank";
  return "a value of another kind";
}
