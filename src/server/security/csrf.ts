import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * Cross-site request forgery: the session cookie is SameSite=Lax, which still lets another site's page
 * send a top-level form POST, and body-less POSTs (approve, invitations/sync, checkin-token) took
 * text/plain or multipart from anywhere. Every state-changing /api request is checked here:
 * - a browser that sends Sec-Fetch-Site (all current ones) must say same-origin (or none: typed by the user);
 * - otherwise an Origin header, when present, must be this server's own origin (its Host, or with a trusted
 *   proxy X-Forwarded-Host);
 * - a request with neither header does not come from a web page (scripts, curl, the tests) and passes:
 *   a browser always sends one of them on a cross-site POST, PUT, PATCH or DELETE.
 */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function crossSite(req: FastifyRequest, trustForwardedHost = false): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== '') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (origin === undefined || origin === '') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return true; // 'null' (a sandboxed frame, a file) or garbage
  }
  // The Host header as the origin's scheme writes it (http://x:80 and Host x are the same origin).
  const asHost = (h: string) => {
    try {
      return new URL(`${url.protocol}//${h}`).host;
    } catch {
      return '';
    }
  };
  const own = [req.headers.host, trustForwardedHost ? req.headers['x-forwarded-host'] : undefined]
    .flat()
    .filter((h): h is string => typeof h === 'string')
    .flatMap((h) => h.split(',').map((x) => asHost(x.trim())));
  return !own.includes(url.host);
}

export function registerCsrf(app: FastifyInstance, opts: { trustForwardedHost: boolean }) {
  app.addHook('onRequest', async (req) => {
    if (SAFE.has(req.method) || !req.url.startsWith('/api/')) return;
    if (crossSite(req, opts.trustForwardedHost)) throw new AppError(403, 'cross_site', 'cross_site');
  });
}
