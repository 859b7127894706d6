import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { SplitLimits } from './split-sizes.js';
import { clampSplit, keySplit, loadSplit, saveSplit } from './split-sizes.js';
import './splitter.css';

/**
 * A remembered split position (percent of the container) stored in localStorage under `storageKey`.
 * Returns the position and a setter that also saves it.
 */
export function useSplit(storageKey: string, limits: SplitLimits, fallback: number): [number, (value: number) => void] {
  const [value, setValue] = useState(() => loadSplit(window.localStorage, storageKey, limits, fallback));
  const update = (next: number) => setValue(clampSplit(next, limits, fallback));
  const saved = useRef(value);
  useEffect(() => {
    if (saved.current === value) return;
    // Save once the drag settles, not on every pointer move.
    const timer = window.setTimeout(() => {
      saved.current = value;
      saveSplit(window.localStorage, storageKey, value);
    }, 200);
    return () => window.clearTimeout(timer);
  }, [storageKey, value]);
  return [value, update];
}

/**
 * A draggable separator between two parts of a container (WAI-ARIA window splitter): pointer drag, arrows,
 * Page keys, Home/End; aria-valuenow is the first part's share in percent.
 */
export function Splitter({
  label,
  orientation,
  value,
  limits,
  onChange,
  container,
}: {
  label: string;
  /** `vertical`: a vertical bar between side-by-side parts; `horizontal`: a bar between stacked parts. */
  orientation: 'vertical' | 'horizontal';
  value: number;
  limits: SplitLimits;
  onChange: (value: number) => void;
  /** The element whose size the percentage refers to. */
  container: () => HTMLElement | null;
}) {
  const vertical = orientation === 'vertical';
  const [dragging, setDragging] = useState(false);

  function positionAt(event: PointerEvent<HTMLDivElement>): number | null {
    const element = container();
    if (element === null) return null;
    // The parts share the container's content box minus the splitter itself (fr units), so measure that.
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const grip = vertical ? event.currentTarget.offsetWidth : event.currentTarget.offsetHeight;
    const start = vertical ? box.left + parseFloat(style.paddingLeft) : box.top + parseFloat(style.paddingTop);
    const size = vertical
      ? box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - grip
      : box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - grip;
    if (size <= 0) return null;
    return (((vertical ? event.clientX : event.clientY) - start - grip / 2) / size) * 100;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    setDragging(true);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!dragging) return;
    const next = positionAt(event);
    if (next !== null) onChange(clampSplit(next, limits, value));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    setDragging(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = keySplit(value, event.key, limits, vertical);
    if (next !== null) {
      event.preventDefault();
      onChange(next);
    }
  }

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      tabIndex={0}
      className={`splitter splitter--${orientation}${dragging ? ' splitter--dragging' : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
