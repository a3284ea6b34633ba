import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { chooseEncoding, webCacheControl } from './compression';
import { myMeetingsRange } from '../domain/meetings/home';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };

/**
 * A member's first screens, by their address, with the modules they load (keys of the build's manifest). Their page
 * is sent naming that code, so the browser fetches it together with the app's entry instead of after it has run
 * (each wait a round trip on a village connection). scripts/web-budget.ts weighs the same screens.
 */
const FIRST_SCREENS: { path: RegExp; modules: string[]; data: (match: RegExpExecArray) => string[]; bar: boolean }[] = [
  { path: /^\/login\/?$/, modules: ['pages/LoginPage.tsx'], data: () => [], bar: false },
  {
    path: /^\/meetings\/?$/,
    modules: ['components/Shell.tsx', 'pages/meetings/MyMeetingsPage.tsx'],
    data: () => {
      const { from, to } = myMeetingsRange();
      return [`/api/my/meetings?from=${from}&to=${to}`, '/api/orgs', '/api/my/documents'];
    },
    bar: true,
  },
  {
    path: /^\/meetings\/([0-9a-f-]{36})(?:\/[a-z-]+)?\/?$/,
    modules: ['components/Shell.tsx', 'pages/meetings/MeetingPage.tsx'],
    data: (m) => [`/api/meetings/${m[1]}`],
    bar: true,
  },
];
/**
 * What a member's first screens show before the app's code has run: the header's red bar (the markup of AppLoading,
 * src/web/components/PageLoading.tsx, which takes over without a blink), so the page paints at once.
 */
const SHELL_BAR = '<div class="shell"><header class="app-header"><span class="brand">chibo</span></header></div>';

/** The server's rendering of a member's first screens, built beside the web app (src/web/ssr.tsx, dist/web-ssr). */
type FirstScreenRenderer = {
  firstScreenQueries: (pathname: string) => { key: readonly unknown[]; url: string }[] | null;
  renderFirstScreen: (
    url: string,
    answers: { key: readonly unknown[]; url: string; data: unknown }[],
    lang: 'vi' | 'en',
  ) => Promise<{ html: string; title: string } | null>;
};

/** The id of the JSON the app reads the rendered screen's answers from (src/web/first-screen.ts). */
const FIRST_SCREEN_ID = 'chibo-first-screen';

/** Text safe inside an element. */
const htmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * A member's home or a meeting she reads, drawn on the server with the answers the screen shows, asked for her (her
 * session's cookie) through the API itself, so they are exactly what the app would get, in the language her browser
 * chose. Null when the screen is not one to draw here (not signed in, a meeting she runs or oversees, an error):
 * the app then draws it in the browser as before.
 */
async function renderScreen(
  req: FastifyRequest,
  renderer: FirstScreenRenderer,
  pathname: string,
): Promise<{ html: string; title: string; lang: 'vi' | 'en'; state: string; largeText: boolean } | null> {
  const cookie = req.headers.cookie ?? '';
  // Only the login page is drawn for someone not signed in.
  const anonymous = /^\/login\/?$/.test(pathname);
  if (!cookie && !anonymous) return null;
  // The language this browser chose (the cookie the server sets with it), as the app reads it; Vietnamese otherwise.
  const lang = /(?:^|;\s*)chibo_lang=en\b/.test(cookie) ? 'en' : 'vi';
  const queries = renderer.firstScreenQueries(pathname);
  if (!queries) return null;
  const answers = await Promise.all(
    queries.map(async (q) => {
      const res = await req.server.inject({
        method: 'GET',
        url: q.url,
        headers: { cookie, 'accept-language': req.headers['accept-language'] ?? '' },
        remoteAddress: req.ip,
      });
      if (res.statusCode === 200) return { ...q, data: res.json() as unknown };
      // On the login page, no one signed in is what the page shows: the account is null, as the app sets it on a 401.
      return anonymous && res.statusCode === 401 && q.url === '/api/auth/me' ? { ...q, data: null } : null;
    }),
  );
  if (answers.some((a) => !a)) return null;
  const list = answers as { key: readonly unknown[]; url: string; data: unknown }[];
  const drawn = await renderer.renderFirstScreen(req.url, list, lang);
  if (drawn === null) return null;
  const me = list.find((a) => a.url === '/api/auth/me')?.data as { largeText?: boolean } | null;
  return { ...drawn, lang, state: scriptJson({ lang, at: Date.now(), answers: list }), largeText: !!me?.largeText };
}

/** Every screen asks first whether chibo is set up and who is signed in. */
const ALWAYS = ['/api/setup', '/api/auth/me'];

type Variant = { raw: Buffer; br: Buffer; gzip: Buffer };

const variant = (html: string, quality = 11): Variant => {
  const raw = Buffer.from(html);
  return {
    raw,
    br: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }),
    gzip: zlib.gzipSync(raw, { level: quality >= 9 ? 9 : 6 }),
  };
};

/**
 * The web app's index.html for any client route: as built, or, for a first screen, naming its scripts and style sheets
 * (`<link rel="modulepreload">`) and the API answers it waits on (`<link rel="preload" as="fetch">`). Compressed with
 * brotli or gzip as the client accepts, like the static files.
 * Returns null when the build has no manifest (the plain index.html is then sent as a file).
 */
export function webIndex(webDir: string): ((req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>) | null {
  const manifestPath = path.join(webDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const entry = manifest['index.html'] ? 'index.html' : Object.keys(manifest).find((k) => manifest[k].isEntry);
  const boot = manifest['boot.ts']?.file;
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
  const ssrPath = path.join(webDir, '..', 'web-ssr', 'ssr.mjs');
  // Loaded in the background as the server starts; until it is there, pages are drawn in the browser as before.
  let renderer: FirstScreenRenderer | null = null;
  if (fs.existsSync(ssrPath)) {
    void (import(pathToFileURL(ssrPath).href) as Promise<FirstScreenRenderer & { ready: Promise<unknown> }>)
      .then(async (m) => {
        await m.ready;
        renderer = m;
      })
      .catch((err: unknown) => console.warn('first screens are not rendered on the server:', err));
  }
  const plain = variant(html);
  const screens = FIRST_SCREENS.map(({ path: test, modules, data, bar }) => {
    const { js, css } = closure(modules);
    const styles = [...css].filter((f) => !inEntry.css.has(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`);
    const scripts = [...js].filter((f) => !inEntry.js.has(f));
    const code = [...styles, ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)];
    // A page drawn on the server: its style sheets, and boot.ts to start the app after the first paint, with the app's
    // entry and every module of the screen named for it (src/web/boot.ts), instead of the entry's script and preloads.
    const app = [manifest[entry].file, ...[...inEntry.js].filter((f) => f !== manifest[entry].file), ...scripts].map((f) => `/${f}`);
    const drawnCode = boot
      ? [...styles, `<meta name="chibo-app" content="${app.join(' ')}">`, `<script type="module" crossorigin src="/${boot}"></script>`]
      : code;
    return { test, code, drawnCode, data, bar };
  });
  // The entry's script and the preloads of its modules, left out of a page drawn on the server when boot.ts starts it.
  const entryScripts = /\s*<script type="module" crossorigin src="[^"]+"><\/script>|\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;
  return async (req, reply) => {
    const pathname = req.url.split('?')[0];
    let page = plain;
    let personal = false;
    for (const s of screens) {
      const match = s.test.exec(pathname);
      if (!match) continue;
      const r = renderer;
      const drawn = r
        ? await renderScreen(req, r, pathname).catch((err: unknown) => {
            req.log.warn({ err }, 'first screen not rendered on the server');
            return null;
          })
        : null;
      if (drawn) {
        // Drawn here, with its answers in the page: only its code is named.
        const head = (boot ? html.replace(entryScripts, '') : html)
          .replace('</head>', `    ${s.drawnCode.join('\n    ')}\n  </head>`)
          .replace('<html lang="vi">', `<html lang="${drawn.lang}"${drawn.largeText ? ' class="large-text"' : ''}>`)
          // The screen's own title, in its language, the one the app then keeps (not "chibo" until the app runs).
          .replace('<title>chibo</title>', () => `<title>${htmlText(drawn.title)}</title>`)
          // (A function: "$&" and the like in a member's text are not replacement patterns.)
          .replace(
            '<div id="root"></div>',
            () => `<div id="root">${drawn.html}</div>\n    <script type="application/json" id="${FIRST_SCREEN_ID}">${drawn.state}</script>`,
          );
        page = variant(head, 5);
        personal = true;
        break;
      }
      // The answers the screen waits on, fetched with the page's code (the app's requests then find them ready).
      const data = [...ALWAYS, ...s.data(match)].map((u) => `<link rel="preload" as="fetch" crossorigin href="${u.replace(/&/g, '&amp;')}">`);
      const head = html.replace('</head>', `    ${[...data, ...s.code].join('\n    ')}\n  </head>`);
      page = variant(s.bar ? head.replace('<div id="root"></div>', `<div id="root">${SHELL_BAR}</div>`) : head, 5);
      break;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    reply
      .header('content-type', 'text/html; charset=utf-8')
      // A page drawn for the signed-in person is hers alone: no shared cache keeps it.
      .header('cache-control', personal ? 'private, no-cache' : webCacheControl('index.html'))
      .header('vary', personal ? 'Accept-Encoding, Cookie' : 'Accept-Encoding');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.raw);
  };
}
