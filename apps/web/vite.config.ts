import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlineApp } from './build/offline-app';
import { precompress } from './build/precompress';

/** The SPA: served by Vite in development (API proxied to the server), built into dist/ for the server to serve. */
export default defineConfig({
  plugins: [react(), offlineApp(), precompress()],
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cheap Android phones often run older Chrome/WebView builds (architecture.md §1).
    target: ['es2020', 'chrome87', 'firefox78', 'safari14'],
    cssTarget: ['chrome87', 'firefox78', 'safari14'],
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
