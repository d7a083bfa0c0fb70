import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the WAR at its context root: relative asset paths keep the app working whatever
// the context path is. `npm run dev` forwards the API to a running `./acta serve`.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
    },
  },
});
