import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { uiFonts } from './scripts/vite-ui-fonts';
import { CONTENT_SECURITY_POLICY } from './src/main/web/csp';

/**
 * The same policy as the header the app:// handler and the HTTP host send, written into the
 * page as a <meta> too, so the page holds it however it is opened. (frame-ancestors is
 * dropped: browsers ignore it in a <meta>.) Build only, because `npm run dev` needs the dev
 * policy that main sends as a header.
 */
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'newsdesk:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The story reader runs on its own thread, from its own file (import/isolate).
      lib: {
        entry: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'read-worker': resolve(__dirname, 'src/main/import/isolate/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src/preload/index.ts') },
      // A sandboxed preload can require only 'electron' (and a few builtins), so everything
      // else it imports (the contract's channel and event names) is bundled into one CJS file.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMetaTag(), uiFonts()],
    build: {
      // The HTTP host (src/main/host) serves this same folder to browsers.
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the first screen parses
      // less than half the bytes (in Electron and in the browsers the host serves).
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
