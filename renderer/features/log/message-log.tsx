import { useEffect, useRef } from 'react';
import { EmptyState } from '../../components/empty-state.js';
import { LogIcon } from '../../components/icons.js';
import type { LogStore } from '../../state/log-store.js';
import { useLogLines } from '../../state/log-store.js';
import './log.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const levelLabel = { status: 'Status', command: 'Command', reply: 'Reply', error: 'Error' } as const;

/**
 * The message log: what Ferry and the server said, newest at the bottom. It follows new lines while the user
 * is at the bottom and stays put when they scrolled up to read.
 */
export function MessageLog({ store }: { store: LogStore }) {
  const lines = useLogLines(store);
  const listRef = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    const list = listRef.current;
    if (list !== null && pinned.current) {
      list.scrollTop = list.scrollHeight;
    }
  }, [lines]);

  return (
    <section className="dock-panel message-log" aria-labelledby="log-title">
      <header className="dock-panel__header">
        <h2 id="log-title" className="section-title">
          Message log
        </h2>
      </header>
      {lines.length === 0 ? (
        <div role="log" aria-label="Message log" className="message-log__empty">
          <EmptyState icon={<LogIcon />} title="No messages yet" compact>
            <p>Connection steps and server replies appear here.</p>
          </EmptyState>
        </div>
      ) : (
        <ol
          ref={listRef}
          role="log"
          aria-label="Message log"
          className="message-log__lines"
          tabIndex={0}
          onScroll={(event) => {
            const list = event.currentTarget;
            pinned.current = list.scrollHeight - list.scrollTop - list.clientHeight < 8;
          }}
        >
          {lines.map((line) => (
            <li key={line.id} className={`log-line log-line--${line.level}`}>
              <time dateTime={new Date(line.time).toISOString()}>{timeFormat.format(line.time)}</time>
              <span className="log-line__level">{levelLabel[line.level]}</span>
              <span className="log-line__text">{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
