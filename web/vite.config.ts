// Builds the web app into web/dist, which the server serves at `/`. Everything is bundled (no CDN:
// the machines it runs on may have no internet), including the Vazirmatn font files.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@vazirmatn': fileURLToPath(new URL('../node_modules/vazirmatn/fonts/webfonts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts are woff2 already; never inline them as data: URLs into the CSS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
