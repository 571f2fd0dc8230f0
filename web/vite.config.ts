import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built with `vite build web` (root = web/), so the client lands in web/dist, which the server serves.
// In development (`vite web`) the API and the realtime connection go to a server on port 3000.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
