import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createLogStore } from '../../state/log-store.js';
import { MessageLog } from './message-log.js';

describe('MessageLog', () => {
  it('has an empty state until a line arrives', () => {
    const html = renderToStaticMarkup(<MessageLog store={createLogStore()} />);
    expect(html).toContain('No messages yet');
    expect(html).toContain('role="log"');
  });

  it('shows each line with its level, marked by kind for colouring', () => {
    const store = createLogStore();
    store.append({ time: Date.UTC(2026, 10, 21, 9, 0), level: 'command', text: 'USER ann' });
    store.append({ time: Date.UTC(2026, 10, 21, 9, 0), level: 'error', text: '530 Login incorrect.' });
    const html = renderToStaticMarkup(<MessageLog store={store} />);
    expect(html).not.toContain('No messages yet');
    expect(html).toMatch(/log-line--command[^>]*>.*Command.*USER ann/);
    expect(html).toMatch(/log-line--error[^>]*>.*Error.*530 Login incorrect\./);
  });
});

describe('logText', () => {
  it('puts one tab-separated line per message, in order', async () => {
    const { logText } = await import('./message-log.js');
    const text = logText([
      { time: Date.UTC(2026, 10, 21, 9, 0), level: 'command', text: 'PASS ****' },
      { time: Date.UTC(2026, 10, 21, 9, 0, 1), level: 'reply', text: '230 Login successful.' },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\tCommand\tPASS \*{4}$/);
    expect(lines[1]).toMatch(/\tReply\t230 Login successful\.$/);
  });
});
