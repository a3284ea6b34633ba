// chibo's service worker (written into dist/web/sw.js by the build, with the build's files listed).
// - The app shell (index.html and every hashed script, style sheet and font of this build) is stored at
//   install, so the app opens with no connection.
// - Pages: the network first, the stored index.html when there is none.
// - GET /api/…: the network first, and each answer is kept; with no connection the last answer kept is
//   served (marked with the header x-chibo-offline: 1), so the meetings already opened, with their rosters
//   and agendas, can be read and reloaded offline.
// - Everything else (writes, and reads marked x-chibo-fresh by the offline queue's conflict check) goes to the
//   network as it is.
const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
const SHELL = `chibo-shell-${BUILD}`;
const API = 'chibo-api';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL).then((c) => c.addAll(['/', ...PRECACHE])).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('chibo-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  // Signing out forgets the data kept for offline use.
  if (event.data && event.data.type === 'chibo:forget') event.waitUntil(caches.delete(API));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    // The offline queue checking what the server has now: the network or nothing, never a kept copy.
    if (req.headers.get('x-chibo-fresh')) return;
    // Documents and the API's own pages are not kept.
    if (/\.(pdf|docx|xlsx|ics)$/.test(url.pathname) || url.pathname.startsWith('/api/docs')) return;
    event.respondWith(networkFirst(req));
    return;
  }
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(() => caches.match('/', { cacheName: SHELL })));
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
  }
});

async function networkFirst(req) {
  const cache = await caches.open(API);
  try {
    const res = await fetch(req);
    if (res.ok) await cache.put(req, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(req);
    if (!hit) throw err;
    const headers = new Headers(hit.headers);
    headers.set('x-chibo-offline', '1');
    return new Response(await hit.blob(), { status: hit.status, statusText: hit.statusText, headers });
  }
}
