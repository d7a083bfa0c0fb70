import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the WAR at its context root: relative asset paths keep the app working whatever
// the context path is. `npm run dev` (and `vite preview`) forward the API to a running
// `./acta serve`: http://localhost:8080 unless ACTA_URL names another.
const acta = process.env.ACTA_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/api': acta,
      '/health': acta,
    },
  },
});
