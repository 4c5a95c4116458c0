// The taskpane's small DOM helper. Views are functions from state to a tree of plain objects
// (`h(...)`), so jest reads what a panel shows and clicks its handlers without a browser;
// `patch` brings the real DOM in line with such a tree. It keeps every element that is still
// there (same tag, same `data-key`), so a render never takes away focus, a caret, an IME
// composition in progress or the open state of a <details> the user toggled.

export type Handler = (event: Event) => void;
export type Handlers = Readonly<Record<string, Handler>>;

/** Attributes; false or undefined leave one out. `value` and `checked` set the live property. */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

export interface VNode {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly on: Handlers;
  readonly children: readonly Child[];
}
export type Child = VNode | string;

/** An element: `h("button", { type: "button" }, "Save")`, with `on` for its events. */
export function h(
  tag: string,
  props: Attrs = {},
  ...children: (Child | false | undefined)[]
): VNode {
  return { tag, attrs: props, on: {}, children: children.filter((c): c is Child => c !== false && c !== undefined) };
}

/** The same element, listening: `on(h("button", …), { click: … })`. */
export const on = (node: VNode, handlers: Handlers): VNode => ({ ...node, on: { ...node.on, ...handlers } });

/** What patch put on an element last time: the attributes to remove when a render drops them,
 * and the handlers its listeners call (so a render replaces handlers without re-listening). */
const rendered = new WeakMap<Element, { attrs: Set<string>; on: Handlers }>();

export function patch(parent: Element, children: readonly Child[]): void {
  const doc = parent.ownerDocument;
  children.forEach((child, i) => {
    const node: ChildNode | undefined = parent.childNodes[i];
    if (typeof child === "string") {
      if (node?.nodeType === Node.TEXT_NODE) {
        if (node.nodeValue !== child) node.nodeValue = child;
      } else place(parent, doc.createTextNode(child), node);
      return;
    }
    const same =
      node instanceof Element &&
      node.localName === child.tag &&
      node.getAttribute("data-key") === (typeof child.attrs["data-key"] === "string" ? child.attrs["data-key"] : null);
    const element = same ? node : place(parent, doc.createElement(child.tag), node);
    update(element, child);
  });
  while (parent.childNodes.length > children.length) parent.lastChild?.remove();
}

function place<N extends Node>(parent: Element, fresh: N, old: ChildNode | undefined): N {
  if (old) parent.replaceChild(fresh, old);
  else parent.append(fresh);
  return fresh;
}

function update(element: Element, node: VNode): void {
  const before = rendered.get(element);
  const attrs = new Set<string>();
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === "checked") (element as HTMLInputElement).checked = value === true;
    if (value === undefined || value === false) continue;
    const text = value === true ? "" : value;
    if (name === "value" && (element as HTMLInputElement).value !== text) (element as HTMLInputElement).value = text;
    if (name === "value" || name === "checked") continue;
    attrs.add(name);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  for (const name of before?.attrs ?? []) if (!attrs.has(name)) element.removeAttribute(name);
  for (const type of Object.keys(node.on)) {
    if (!before || !(type in before.on)) element.addEventListener(type, (event) => rendered.get(element)?.on[type]?.(event));
  }
  // Listeners stay; a type the node no longer handles keeps a no-op entry.
  const handlers = { ...Object.fromEntries(Object.keys(before?.on ?? {}).map((t) => [t, () => {}])), ...node.on };
  rendered.set(element, { attrs, on: handlers });
  patch(element, node.children);
}

/** Focuses the element rendered with this `data-key`; `select` also selects an input's text. */
export function focusKey(root: Element, key: string, select = false): boolean {
  const target = [...root.querySelectorAll<HTMLElement>("[data-key]")].find((e) => e.dataset.key === key);
  if (!target) return false;
  target.focus();
  if (select && target instanceof HTMLInputElement) target.select();
  return true;
}
