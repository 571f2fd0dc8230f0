import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built with `vite build web` (root = web/), so the client lands in web/dist, which the server serves.
// In development (`vite web`) the API and the realtime connection go to a server on port 3000.
export default defineConfig({
  plugins: [react()],
  // ECharts (core, line/bar/sankey, SVG renderer, set up in components/echarts-setup.ts) lands in one lazily
  // loaded chunk with the debrief of about 600 kB (205 kB gzip);
  // the join screen does not load it. The warning limit sits just above it so a new large chunk still warns.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 650 },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
