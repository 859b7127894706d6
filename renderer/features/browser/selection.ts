/**
 * Multi-selection as file managers do it: a set of selected keys, the focused row (the keyboard cursor) and
 * the anchor a Shift-extension grows from. Pure functions over the rows' keys in display order, so the pane
 * and the tests share one model.
 */
export interface Selection {
  readonly keys: ReadonlySet<string>;
  /** The row the keyboard is on; may be unselected after Ctrl-click. */
  readonly focus: string | null;
  /** Where a Shift range starts. */
  readonly anchor: string | null;
}

/** Nothing selected, no focus. */
export const emptySelection: Selection = { keys: new Set(), focus: null, anchor: null };

/** How a click or move was modified: Shift extends a range, toggle (Ctrl/Cmd) adds or removes one row. */
export interface SelectModifiers {
  readonly shift?: boolean;
  readonly toggle?: boolean;
}

/** One row, alone: what a plain click or an arrow key does. */
export function selectOnly(key: string): Selection {
  return { keys: new Set([key]), focus: key, anchor: key };
}

function range(order: readonly string[], from: string | null, to: string, selectable: (key: string) => boolean): string[] {
  const end = order.indexOf(to);
  const start = from === null ? end : order.indexOf(from);
  if (end < 0) return [];
  const [low, high] = start < 0 ? [end, end] : [Math.min(start, end), Math.max(start, end)];
  return order.slice(low, high + 1).filter(selectable);
}

/**
 * A click on `key`. Plain: only it. Toggle: flip it, keep the rest, it becomes the anchor. Shift: the range
 * from the anchor to it replaces the selection (Shift+toggle adds the range instead).
 */
export function clickSelect(
  current: Selection,
  order: readonly string[],
  key: string,
  modifiers: SelectModifiers = {},
  selectable: (key: string) => boolean = () => true,
): Selection {
  if (modifiers.shift === true) {
    const anchor = current.anchor ?? current.focus ?? key;
    const keys = new Set(modifiers.toggle === true ? current.keys : []);
    for (const item of range(order, anchor, key, selectable)) keys.add(item);
    if (!selectable(key) && keys.size === 0) keys.add(key);
    return { keys, focus: key, anchor };
  }
  if (modifiers.toggle === true) {
    const keys = new Set(current.keys);
    if (keys.has(key)) keys.delete(key);
    else keys.add(key);
    return { keys, focus: key, anchor: key };
  }
  return selectOnly(key);
}

/** Moving the cursor to `index` (arrows, Page, Home/End); with Shift the range from the anchor follows it. */
export function moveSelect(
  current: Selection,
  order: readonly string[],
  index: number,
  modifiers: SelectModifiers = {},
  selectable: (key: string) => boolean = () => true,
): Selection {
  const key = order[Math.min(Math.max(index, 0), order.length - 1)];
  if (key === undefined) return current;
  if (modifiers.shift === true) return clickSelect(current, order, key, { shift: true }, selectable);
  return selectOnly(key);
}

/** Ctrl+A: every selectable row; focus stays where it was. */
export function selectAll(current: Selection, order: readonly string[], selectable: (key: string) => boolean = () => true): Selection {
  const keys = new Set(order.filter(selectable));
  return { keys, focus: current.focus ?? order[0] ?? null, anchor: current.anchor };
}

/** Drops keys that are no longer listed (after a refresh, filter or delete), keeping focus when it survived. */
export function pruneSelection(current: Selection, order: readonly string[]): Selection {
  // Nothing to prune: skip building a set of every key (100 000 of them in a big folder).
  if (current.keys.size === 0 && current.focus === null && current.anchor === null) return current;
  const present = new Set(order);
  const keys = new Set([...current.keys].filter((key) => present.has(key)));
  const focus = current.focus !== null && present.has(current.focus) ? current.focus : null;
  const anchor = current.anchor !== null && present.has(current.anchor) ? current.anchor : focus;
  if (keys.size === current.keys.size && focus === current.focus && anchor === current.anchor) return current;
  return { keys, focus, anchor };
}

/** The selected keys in display order (what an action applies to). */
export function selectedInOrder(current: Selection, order: readonly string[]): string[] {
  return order.filter((key) => current.keys.has(key));
}
