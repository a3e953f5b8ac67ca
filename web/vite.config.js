// Vite builds the page into dist/, which `mizan serve` serves as static files (relative asset paths).
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, target: 'es2020' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
