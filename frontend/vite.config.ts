/// <reference types="vitest/config" />
// Vite config for the Kesu console. `npm run dev` proxies the API to a kesu
// server on 127.0.0.1:18081; `npm run build` writes dist/ only (nothing under
// src/: the Rust build script watches src/ to decide when to rebuild).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const API = process.env.KESU_API ?? 'http://127.0.0.1:18081';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API, changeOrigin: false, ws: true },
      '/attachments': { target: API, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
          antd: ['antd', '@ant-design/icons'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // CI shares two cores with the Rust build and a browser: generous limits
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
