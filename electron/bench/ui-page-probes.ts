/**
 * Scripts that run inside the page. Kept as plain-JavaScript strings: functions handed to `page.evaluate`
 * are serialized with `toString()`, and tsx/esbuild may wrap them in helpers (`__name`) the page lacks.
 */

/**
 * Installed before the app loads: wraps WebSocket to time `*:list` requests leaving and big answers arriving,
 * notes each Enter key-down (the user's navigation request) and collects long tasks.
 */
export const probeInitScript = `
(() => {
  const probe = { enterAt: [], sends: [], messages: [], longTasks: [] };
  window.__ferryProbe = probe;
  const Native = window.WebSocket;
  class ProbedSocket extends Native {
    constructor(...args) {
      super(...args);
      // Registered before the bridge's listener, so this runs first: the arrival time, before JSON.parse.
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.length > 100000) {
          probe.messages.push({ at: performance.now(), chars: event.data.length });
        }
      });
    }
    send(data) {
      if (typeof data === 'string' && data.includes(':list"')) probe.sends.push({ at: performance.now() });
      return super.send(data);
    }
  }
  window.WebSocket = ProbedSocket;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') probe.enterAt.push(performance.now());
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  } catch {}
})();
`;

/**
 * Arms watchers for the grid labelled `label`: when the first row named `name` reached the DOM and when the
 * frame showing it was painted (`paint`: a message posted from requestAnimationFrame runs right after that
 * frame's paint), and the same for the whole listing (`complete`: that row shown and the pane's status line
 * no longer "Listing…"). A big remote folder paints its first rows from a preview while the rest still
 * arrives, so the two differ there; elsewhere they are the same moment.
 */
export function armPaintWatchScript(label: string, name: string): string {
  return `
(() => {
  const probe = window.__ferryProbe;
  probe.messages.length = 0;
  probe.sends.length = 0;
  probe.enterAt.length = 0;
  probe.longTasks.length = 0;
  const grid = () => document.querySelector('[role=grid][aria-label=' + JSON.stringify(${JSON.stringify(label)}) + ']');
  const found = () => {
    const table = grid();
    if (table === null) return false;
    for (const cell of table.querySelectorAll('.file-name')) if (cell.textContent === ${JSON.stringify(name)}) return true;
    return false;
  };
  const whole = () => {
    const status = grid()?.closest('section')?.querySelector('footer.pane__status')?.textContent ?? '';
    return !status.startsWith('Listing') && found();
  };
  const watch = (done) => new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      const domAt = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ domAt, paintAt: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  probe.paint = watch(found);
  probe.complete = watch(whole);
})();
`;
}

/**
 * Resolves with the timeline of the navigation armed by armPaintWatchScript, once the whole listing painted.
 * The answer is the last big message: a preview, if big enough to be seen, comes before it.
 */
export const awaitPaintScript = `
(async () => {
  const probe = window.__ferryProbe;
  const { domAt, paintAt } = await probe.paint;
  const complete = await probe.complete;
  return {
    enterAt: probe.enterAt[0] ?? null,
    sendAt: probe.sends[0]?.at ?? null,
    messageAt: probe.messages.at(-1)?.at ?? null,
    messageChars: probe.messages.at(-1)?.chars ?? null,
    domAt,
    paintAt,
    completeDomAt: complete.domAt,
    completePaintAt: complete.paintAt,
    longTasks: probe.longTasks.slice(),
  };
})()
`;

/**
 * Scrolls the grid for `durationMs`: every frame moves `step` px, every 30th frame jumps `jump` px (a drag
 * of the scrollbar), recording frame intervals from requestAnimationFrame and long tasks meanwhile.
 */
export function scrollScript(label: string, durationMs: number, step: number, jump: number): string {
  return `
(async () => {
  const grid = document.querySelector('[role=grid][aria-label=' + JSON.stringify(${JSON.stringify(label)}) + ']');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frames = [];
  await new Promise((resolve) => {
    let last = 0;
    let start = 0;
    let count = 0;
    const tick = (now) => {
      if (start === 0) start = now;
      else frames.push(now - last);
      last = now;
      count += 1;
      grid.scrollTop += count % 30 === 0 ? ${jump} : ${step};
      if (now - start < ${durationMs}) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return { frames, longTasks, scrollTop: grid.scrollTop, scrollHeight: grid.scrollHeight };
})()
`;
}
