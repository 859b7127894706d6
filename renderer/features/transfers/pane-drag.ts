import { useState, type DragEvent } from 'react';
import type { PaneItem } from './enqueue.js';

/** The drag payload's type: only Ferry's own panes produce or accept it. */
export const paneDragType = 'application/x-ferry-pane-items';

/**
 * Who a drag comes from, by the types it carries (the payload itself is unreadable until the drop): Ferry's
 * other pane, the operating system's file manager ('Files'), or something the panes do not take (text...).
 * A pane drag wins, should a drag ever carry both.
 */
export function dropSource(types: readonly string[]): 'pane' | 'files' | null {
  if (types.includes(paneDragType)) return 'pane';
  return types.includes('Files') ? 'files' : null;
}

/** What a pane drags: its side and the picked items (names in its current folder). */
interface PaneDrag {
  readonly side: 'local' | 'remote';
  readonly items: readonly PaneItem[];
}

/** Reads a drag payload; null for anything that is not a well-formed one from the other pane. */
export function parsePaneDrag(text: string, into: 'local' | 'remote'): readonly PaneItem[] | null {
  try {
    const value = JSON.parse(text) as Partial<PaneDrag>;
    if (value.side === into || (value.side !== 'local' && value.side !== 'remote') || !Array.isArray(value.items)) return null;
    const items = value.items.filter(
      (item): item is PaneItem => typeof item === 'object' && item !== null && typeof item.name === 'string' && item.name !== '' && typeof item.folder === 'boolean',
    );
    return items.length > 0 ? items : null;
  } catch {
    return null;
  }
}

/**
 * Drag and drop between the panes: the wrapper around a pane's table gets these props. Dragging starts on a
 * (draggable) row and carries the pane's picked items; dropping on the other pane transfers them into its
 * folder (local → remote uploads, remote → local downloads). `over` lights the drop target. With `onFiles`,
 * the pane also takes files dropped from the operating system: they are handed over during the drop event,
 * the only moment a DataTransfer's files can be read.
 */
export function usePaneDrag(
  side: 'local' | 'remote',
  picked: () => readonly PaneItem[],
  onDrop: (items: readonly PaneItem[]) => void,
  onFiles?: (files: readonly File[]) => void,
) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => {
    const source = dropSource(event.dataTransfer.types);
    return source === 'pane' || (source === 'files' && onFiles !== undefined);
  };
  return {
    over,
    props: {
      onDragStart: (event: DragEvent<HTMLElement>) => {
        const items = picked();
        if (items.length === 0) return event.preventDefault();
        event.dataTransfer.setData(paneDragType, JSON.stringify({ side, items } satisfies PaneDrag));
        event.dataTransfer.setData('text/plain', items.map((item) => item.name).join('\n'));
        event.dataTransfer.effectAllowed = 'copy';
      },
      onDragOver: (event: DragEvent<HTMLElement>) => {
        // The payload is unreadable until the drop; a drag from this very pane is refused at the drop.
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        if (!over) setOver(true);
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        setOver(false);
        if (!accepts(event)) return;
        event.preventDefault();
        if (dropSource(event.dataTransfer.types) === 'files') {
          onFiles?.(Array.from(event.dataTransfer.files));
          return;
        }
        const items = parsePaneDrag(event.dataTransfer.getData(paneDragType), side);
        if (items !== null) onDrop(items);
      },
    },
  };
}
