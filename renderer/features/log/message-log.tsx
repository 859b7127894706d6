import { memo, useEffect, useRef, useState } from 'react';
import { copyText } from '../../components/copy-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { CopyIcon, LogIcon } from '../../components/icons.js';
import type { KeyedLogLine, LogStore } from '../../state/log-store.js';
import { useLogLines } from '../../state/log-store.js';
import './log.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const levelLabel = { status: 'Status', command: 'Command', reply: 'Reply', error: 'Error' } as const;

/** The log as plain text, one line each, for the clipboard and bug reports. */
export function logText(lines: readonly { time: number; level: keyof typeof levelLabel; text: string }[]): string {
  return lines.map((line) => `${timeFormat.format(line.time)}\t${levelLabel[line.level]}\t${line.text}`).join('\n');
}

/**
 * The message log: what Ferry and the server said, newest at the bottom. It follows new lines while the user
 * is at the bottom and stays put when they scrolled up to read.
 */
export function MessageLog({ store }: { store: LogStore }) {
  const lines = useLogLines(store);
  const listRef = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1800);
    return () => window.clearTimeout(timer);
  }, [copied]);

  function copy() {
    // The user's own selection when there is one inside the log, else the whole log.
    const selected = window.getSelection();
    const list = listRef.current;
    const inside = selected !== null && list !== null && !selected.isCollapsed && list.contains(selected.anchorNode);
    void copyText(inside ? selected.toString() : logText(lines)).then(setCopied);
  }

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
        <button
          type="button"
          className="button button--ghost button--small message-log__copy"
          disabled={lines.length === 0}
          onClick={copy}
          title="Copy the selected lines, or the whole log"
        >
          <CopyIcon />
          {copied ? 'Copied' : 'Copy'}
        </button>
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
            <LogLineItem key={line.id} line={line} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** One line; memoised so a new line re-renders only itself, not the thousands before it. */
const LogLineItem = memo(function LogLineItem({ line }: { line: KeyedLogLine }) {
  return (
    <li className={`log-line log-line--${line.level}`}>
      <time dateTime={new Date(line.time).toISOString()}>{timeFormat.format(line.time)}</time>
      <span className="log-line__level">{levelLabel[line.level]}</span>
      <span className="log-line__text">{line.text}</span>
    </li>
  );
});
