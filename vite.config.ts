import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/** Builds the renderer into dist/renderer; relative asset URLs so Electron can load it over file://. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // Electron's Chromium and Debian's Chromium are both recent; no legacy transforms needed.
    target: 'es2023',
    sourcemap: true,
    // One ~600 kB script read from disk (Electron) or loopback (web shell): splitting it would not make the
    // window appear sooner, so Vite's warning, meant for pages fetched over the internet, is raised.
    chunkSizeWarningLimit: 1024,
  },
});
