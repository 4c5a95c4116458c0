// Words for the user in every language the taskpane speaks. The versions layers are pure and do
// not know which language the panel shows (it can change after a message was made), so each
// message carries both and the panel picks one when it renders.

import { describeValue, describeJa, type Locale } from "../model";

export type Message = Readonly<Record<Locale, string>>;

export const say = (en: string, ja: string): Message => ({ en, ja });

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
