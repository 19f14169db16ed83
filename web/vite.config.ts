import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard: built into web/dist, which `parley serve` loads and serves.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // inline nothing: the page's content security policy allows scripts from the server only
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
