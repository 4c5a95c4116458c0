// Reading a panel's view (the plain trees of src/taskpane/dom.ts) as a user would: by what an
// element says and which action it has, clicking through its own handlers.

import type { Child, VNode } from "../../src/taskpane/dom";

/** Every element in the trees, depth first. */
export function elements(children: readonly Child[]): VNode[] {
  return children.flatMap((c) => (typeof c === "string" ? [] : [c, ...elements(c.children)]));
}

/** An element's text, as textContent reads it. */
export const textOf = (node: Child): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));

/** The one element matching; fails naming what was looked for. */
export function only(children: readonly Child[], what: string, match: (n: VNode) => boolean): VNode {
  const found = elements(children).filter(match);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0];
}

export const byAttr = (children: readonly Child[], name: string, value: string) =>
  only(children, `[${name}="${value}"]`, (n) => n.attrs[name] === value);

export const button = (children: readonly Child[], label: string) =>
  only(children, `button "${label}"`, (n) => n.tag === "button" && textOf(n) === label);

/** Fires a handler as the browser would, with a minimal event. */
export function fire(node: VNode, type: string, target: Partial<HTMLInputElement> = {}, key?: string): void {
  const handler = node.on[type];
  if (!handler) throw new Error(`<${node.tag}> has no ${type} handler`);
  handler({ type, target, key, preventDefault: () => {} } as unknown as Event);
}
