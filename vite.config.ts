import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The web app lives in src/web and is built into <repo>/dist/web, which the server serves at /.
export default defineConfig({
  root: here('./src/web'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // Only API calls go to the server: the web app's own modules live under /api/ too (src/web/api).
    proxy: { '^/api/(?!.*\\.tsx?$)': 'http://localhost:3000' },
  },
});
