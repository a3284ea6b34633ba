import { build, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import type { Plugin } from 'vite';


const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** Compresses every text file under dir; returns how many files it compressed. */
function precompress(dir: string): number {
  let n = 0;
  for (const file of files(dir)) {
    if (!TEXT.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
    const data = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
    n++;
  }
  return n;
}

/**
 * Writes dist/web/sw.js from src/web/sw.template.js with this build's files (scripts, styles, fonts, icons) to
 * store at install and an id that changes with them, so that a new build replaces the stored app.
 */
function writeServiceWorker(outDir: string, template: string): void {
  const list: string[] = [];
  for (const file of files(outDir)) {
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    if (/\.(br|gz)$/.test(rel) || rel.startsWith('.vite/') || rel === 'index.html' || rel === 'sw.js') continue;
    if (/^(assets|icons)\//.test(rel) || rel === 'manifest.webmanifest') list.push(`/${rel}`);
  }
  list.sort();
  const build = crypto.createHash('sha256').update(list.join('\n')).update(fs.readFileSync(path.join(outDir, 'index.html'))).digest('hex').slice(0, 12);
  fs.writeFileSync(
    path.join(outDir, 'sw.js'),
    fs.readFileSync(template, 'utf8').replace('__BUILD__', build).replace('__PRECACHE__', JSON.stringify(list, null, 1)),
  );
}

/**
 * The Vite plugin: precompress the output once the bundle is written, and build the server's rendering of a member's
 * first screens (src/web/ssr.tsx) into dist/web-ssr, from the same sources, so the two always match.
 */
function precompressPlugin(): Plugin {
  let outDir = '';
  let mode = 'production';
  return {
    name: 'chibo-precompress',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      outDir = config.build.outDir;
      mode = config.mode;
    },
    async closeBundle() {
      writeServiceWorker(outDir, here('./src/web/sw.template.js'));
      precompress(outDir);
      await build({ configFile: here('./vite.config.ts'), mode, logLevel: 'warn', build: { ssr: 'ssr.tsx' } });
    },
  };
}

/**
 * Names Noto Sans' Vietnamese and latin faces (regular and semibold, ~41 KB) in index.html, so that they arrive with the
 * app's code: found only once the page has rendered, they came late and the text moved when they replaced the
 * fallback font (a layout shift on every first screen).
 */
function preloadFontsPlugin(): Plugin {
  return {
    name: 'chibo-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {})
          .filter((f) => /noto-sans-(latin|vietnamese)-(400|600)-normal-[\w-]+\.woff2$/.test(f))
          .sort();
        return {
          html,
          tags: fonts.map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `/${f}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The web app lives in src/web and is built into <repo>/dist/web, which the server serves at /.
// Every text file also gets a .br and a .gz copy (served as they are); the manifest
// (dist/web/.vite/manifest.json) lets the size budget test follow what each first screen loads.
export default defineConfig(({ isSsrBuild }) => ({
  root: here('./src/web'),
  plugins: [react(), preloadFontsPlugin(), precompressPlugin()],
  // The server's rendering carries its libraries with it (they are the web app's, not the server's, dependencies).
  ssr: { noExternal: true },
  build: isSsrBuild
    ? { outDir: here('./dist/web-ssr'), emptyOutDir: true, copyPublicDir: false, rollupOptions: { output: { entryFileNames: 'ssr.mjs' } } }
    : {
        outDir: here('./dist/web'),
        emptyOutDir: true,
        manifest: true,
        chunkSizeWarningLimit: 1200,
        // boot.ts: the first script of a page drawn on the server, which starts the app after the page's first paint.
        rollupOptions: { input: { index: here('./src/web/index.html'), boot: here('./src/web/boot.ts') } },
      },
  server: {
    // Only API calls go to the server: the web app's own modules live under /api/ too (src/web/api).
    proxy: { '^/api/(?!.*\\.tsx?$)': 'http://localhost:3000' },
  },
}));
