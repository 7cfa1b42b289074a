import path from 'node:path';
import { defineConfig } from 'vite';

// The console is served by Steward at /console, every file from dist/console (src/console/assets.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.resolve(import.meta.dirname, '../../../dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    // Inlined assets would be data: URLs, which the Content Security Policy does not allow for scripts.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
});
