import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { paneDragType, usePaneDrag } from './pane-drag.js';

/** The hook's props, from one server render (no DOM here); its state setters are no-ops afterwards. */
function paneProps(onFiles?: (files: readonly File[]) => void) {
  const onDrop = vi.fn();
  let drag: ReturnType<typeof usePaneDrag> | undefined;
  function Probe() {
    drag = usePaneDrag('remote', () => [], onDrop, onFiles);
    return null;
  }
  renderToStaticMarkup(<Probe />);
  if (drag === undefined) throw new Error('the probe did not render');
  return { props: drag.props, onDrop };
}

/** A drag event carrying `types`, `files` and the pane payload, recording whether the pane accepted it. */
function dragEvent(types: string[], files: unknown[] = [], data: Record<string, string> = {}) {
  const event = {
    dataTransfer: { types, files, dropEffect: 'none', getData: (type: string) => data[type] ?? '' },
    preventDefault: vi.fn(),
  };
  return event;
}

const fromLocal = JSON.stringify({ side: 'local', items: [{ name: 'a.txt', folder: false }] });

describe('usePaneDrag with OS files', () => {
  it('accepts files from the file manager on hover and hands them over at the drop', () => {
    const onFiles = vi.fn();
    const { props, onDrop } = paneProps(onFiles);
    const over = dragEvent(['Files']);
    props.onDragOver(over as never);
    expect(over.preventDefault).toHaveBeenCalled();
    expect(over.dataTransfer.dropEffect).toBe('copy');
    const files = [{ name: 'a.txt' }, { name: 'site' }];
    const drop = dragEvent(['Files'], files);
    props.onDrop(drop as never);
    expect(drop.preventDefault).toHaveBeenCalled();
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('keeps pane-to-pane drops on their own path even when OS files are accepted', () => {
    const onFiles = vi.fn();
    const { props, onDrop } = paneProps(onFiles);
    props.onDrop(dragEvent([paneDragType, 'text/plain'], [], { [paneDragType]: fromLocal }) as never);
    expect(onDrop).toHaveBeenCalledWith([{ name: 'a.txt', folder: false }]);
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('refuses OS files where no one handles them (the local pane), and plain text anywhere', () => {
    const { props, onDrop } = paneProps();
    for (const types of [['Files'], ['text/plain']]) {
      const over = dragEvent(types);
      props.onDragOver(over as never);
      expect(over.preventDefault).not.toHaveBeenCalled();
      const drop = dragEvent(types, [{ name: 'a.txt' }]);
      props.onDrop(drop as never);
      expect(drop.preventDefault).not.toHaveBeenCalled();
    }
    expect(onDrop).not.toHaveBeenCalled();
  });
});
