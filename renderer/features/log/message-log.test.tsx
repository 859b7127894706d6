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
