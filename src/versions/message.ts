// Helpers for the versions layers' messages. The bilingual Message type itself is the model's
// (src/model/locale.ts), shared with the taskpane; it is re-exported here for this folder.

import { describeValue, describeJa, say, type Message } from "../model";

export { say, type Message };

/** A result whose failure is a message for the user (the versions layers' Result). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: Message };

export const refuse = (en: string, ja: string): { ok: false; error: Message } => ({ ok: false, error: say(en, ja) });

/** A cell's content as a sentence names it: "abc" / 文字列「abc」, TRUE, 12, a blank / 空白. */
export const inWords = (x: unknown): Message =>
  say(describeValue(x), typeof x === "string" ? `文字列${describeJa(x)}` : describeJa(x));

/** Joins per-language parts with a separator per language. */
export function joined(parts: readonly Message[], en: string, ja: string): Message {
  return say(parts.map((p) => p.en).join(en), parts.map((p) => p.ja).join(ja));
}
