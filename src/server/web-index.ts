import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseEncoding, webCacheControl } from './compression';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };

/**
 * A member's first screens, by their address, with the modules they load (keys of the build's manifest). Their page
 * is sent naming that code, so the browser fetches it together with the app's entry instead of after it has run
 * (each wait a round trip on a village connection). scripts/web-budget.ts weighs the same screens.
 */
const FIRST_SCREENS: { path: RegExp; modules: string[] }[] = [
  { path: /^\/login\/?$/, modules: ['pages/LoginPage.tsx'] },
  { path: /^\/meetings\/?$/, modules: ['components/Shell.tsx', 'pages/meetings/MyMeetingsPage.tsx'] },
  { path: /^\/meetings\/[0-9a-f-]{36}(?:\/[a-z-]+)?\/?$/, modules: ['components/Shell.tsx', 'pages/meetings/MeetingPage.tsx'] },
];

type Variant = { raw: Buffer; br: Buffer; gzip: Buffer };

const variant = (html: string): Variant => {
  const raw = Buffer.from(html);
  return {
    raw,
    br: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: zlib.gzipSync(raw, { level: 9 }),
  };
};

/**
 * The web app's index.html for any client route: as built, or, for a first screen, with `<link rel="modulepreload">`
 * for its scripts and its style sheets. Built once at start (compressed with brotli and gzip, as the static files are).
 * Returns null when the build has no manifest (the plain index.html is then sent as a file).
 */
export function webIndex(webDir: string): ((req: FastifyRequest, reply: FastifyReply) => FastifyReply) | null {
  const manifestPath = path.join(webDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry || !html.includes('</head>')) return null;
  const closure = (keys: string[]) => {
    const js = new Set<string>();
    const css = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (seen.has(key) || !chunk) return;
      seen.add(key);
      js.add(chunk.file);
      chunk.css?.forEach((c) => css.add(c));
      chunk.imports?.forEach(visit);
    };
    keys.forEach(visit);
    return { js, css };
  };
  const inEntry = closure([entry]);
  const plain = variant(html);
  const screens = FIRST_SCREENS.map(({ path: test, modules }) => {
    const { js, css } = closure(modules);
    const links = [
      ...[...css].filter((f) => !inEntry.css.has(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
      ...[...js].filter((f) => !inEntry.js.has(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
    ];
    return { test, page: variant(html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`)) };
  });
  return (req, reply) => {
    const pathname = req.url.split('?')[0];
    const page = screens.find((s) => s.test.test(pathname))?.page ?? plain;
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', webCacheControl('index.html'))
      .header('vary', 'Accept-Encoding');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.raw);
  };
}
