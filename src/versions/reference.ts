// The read-only reference versions (src/model/record/reference-versions.ts: one public source's
// figures on the article's lines) as the versions layers see them. Their names are reserved, as
// "Article" is, in both languages; they can be compared, never applied: a line the source does
// not cover has no figure to write into the model, and a 0 there would be a figure it never gave.

import { REFERENCE_VERSIONS, referenceTotal, type ReferenceVersion } from "../model";
import { say, type Message } from "./message";
import { sameName } from "./names";

export type { ReferenceVersion };

/** The reference version a name (English or Japanese label) stands for. */
export const referenceNamed = (name: string): ReferenceVersion | undefined =>
  REFERENCE_VERSIONS.find((r) => sameName(name, r.label.en) || sameName(name, r.label.ja));

export const reservedName = (name: string): Message =>
  say(
    `"${name}" is a built-in reference version (a public source's figures); choose another name.`,
    `「${name}」は組み込みの参考バージョン(公表資料の数字)の名前です。別の名前にしてください。`,
  );

/** Why a reference version is not applied to the model. */
export function applyRefused(reference: ReferenceVersion): Message {
  const { covered, lines } = referenceTotal(reference);
  return say(
    `"${reference.label.en}" is a read-only reference: its source gives figures for ${covered} of ${lines} lines, ` +
      "and the others have no figure to put in the model (never a 0). Compare it with the article or your versions instead.",
    `「${reference.label.ja}」は読み取り専用の参考バージョンです。出典が数字を示すのは${lines}行中${covered}行だけで、` +
      "ほかの行にはモデルに入れる数字がありません(0ではありません)。記事やあなたのバージョンとの比較に使ってください。",
  );
}

/** A total over some of the lines: "partial: 2 of 8 lines". */
export const partialTotal = (covered: number, lines: number): Message =>
  say(`partial: ${covered} of ${lines} lines`, `部分的: ${lines}行中${covered}行`);
