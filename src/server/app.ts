import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyError } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Db } from './db/index';
import { AppError } from './errors';
import { LOCALE_COOKIE, msg, type Locale } from './messages';
import { enforce, type RoutePermission } from './http';
import { describeValidation } from './validation-messages';
import { SESSION_COOKIE, loadPrincipal } from './auth/sessions';
import { registerModules } from './modules/index';
import { todaysDemo } from './demo/index';
import { registerApiCompression, webCacheControl } from './compression';
import { webIndex } from './web-index';
import { registerIdempotency } from './security/idempotency';
import { unboundedInputs } from './security/bounds';
import { registerCsrf } from './security/csrf';
import { registerFiniteNumbers, registerNormalize } from './security/normalize';
import { isApiDate, isTaskDue } from '../domain/dates';

import type { TrustProxy } from './config';

export type AppOptions = {
  db: Db;
  logger?: boolean | { level: string };
  secureCookies?: boolean;
  /**
   * Take client addresses from X-Forwarded-For, only behind reverse proxies that set it: the number of proxy
   * hops in front of chibo, or the proxies' addresses (CIDR allowed). Nothing: the connection's address.
   */
  trustProxy?: TrustProxy;
  /** The one-time code that setup needs (printed in the log by main.ts); none: setup is open (tests). */
  setupCode?: string | null;
  /** The built web app (dist/web); not served when absent (API-only tests). */
  webDir?: string;
};

export type RouteInfo = { method: string; url: string; permission: RoutePermission };
declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its declared permission (walked by the permission test). */
    routeList: RouteInfo[];
  }
}

function pickLocale(cookieValue: string | undefined, acceptLanguage: string | undefined): Locale {
  if (cookieValue === 'en' || cookieValue === 'vi') return cookieValue;
  if (acceptLanguage && /^en\b/i.test(acceptLanguage.trim())) return 'en';
  return 'vi';
}

/**
 * Fastify's trust setting from chibo's: a hop count becomes "the first n addresses from the socket are
 * proxies" (proxy-addr's (address, hop) test; Fastify's own number setting trusts nothing), so the client is
 * the n-th X-Forwarded-For entry from the right and anything a client prepends is ignored.
 */
export function trustProxyFn(t: TrustProxy | undefined): boolean | string[] | ((addr: string, hop: number) => boolean) {
  if (!t) return false;
  if (typeof t === 'number') return (_addr: string, hop: number) => hop < t;
  return t;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: trustProxyFn(opts.trustProxy),
    bodyLimit: 2 * 1024 * 1024,
    ajv: {
      customOptions: { removeAdditional: 'all', coerceTypes: 'array', useDefaults: true, allErrors: false, verbose: true },
      // One date type for the whole API (schemas.ts IsoDate): a real calendar date in chibo's range.
      onCreate: (ajv: { addFormat: (name: string, f: { type: 'string'; validate: (s: string) => boolean }) => unknown }) => {
        ajv.addFormat('date', { type: 'string', validate: isApiDate });
        ajv.addFormat('task-due', { type: 'string', validate: isTaskDue });
      },
    } as never,
  });
  app.decorate('db', opts.db);
  app.decorateRequest('principal', null);
  app.decorateRequest('locale', 'vi');
  app.decorateRequest('sessionToken', null);
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);

  // A route without a declared permission is a bug: refuse to start rather than serve it open.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.permission) throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    // Checked before body validation, so a caller without the right gets 403 whatever they sent.
    const pre = route.preValidation ? [route.preValidation].flat() : [];
    route.preValidation = [enforce, ...pre];
    const schema = route.schema as Record<string, unknown> | undefined;
    const loose = ['body', 'querystring', 'params'].flatMap((part) =>
      schema?.[part] ? unboundedInputs(schema[part]).map((p) => `${part} ${p}`) : [],
    );
    if (loose.length) throw new Error(`Route ${route.method} ${route.url} accepts unbounded input: ${loose.join('; ')}`);
    routeList.push({ method: [route.method].flat().join(','), url: route.url, permission: route.config.permission });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'chibo API',
        version: '0.1.0',
        description:
          'REST API của chibo. Errors: `{ "error": { "code", "message" } }`, message in the request language ' +
          '(cookie chibo_lang or Accept-Language; Vietnamese by default). Authentication: the session cookie ' +
          'set by POST /api/auth/login. Idempotent creates: a POST may carry an `Idempotency-Key` header (1–200 of ' +
          'A–Z a–z 0–9 . _ : -). The first request with a key runs; its successful answer is stored for 24 hours per ' +
          'account, and a repeat with the same key and body returns that same answer (header `Idempotent-Replayed: true`) ' +
          'without writing again, also when the repeats arrive in parallel. The same key with a different body is ' +
          'refused with 422 `idempotency_key_reused`; a failed request releases its key so a retry runs again.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale(req.cookies[LOCALE_COOKIE], req.headers['accept-language']);
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.sessionToken = token;
      req.principal = await loadPrincipal(app.db, token);
      if (req.principal && !req.cookies[LOCALE_COOKIE]) req.locale = req.principal.locale;
    }
  });

  registerCsrf(app, { trustForwardedHost: Boolean(opts.trustProxy) && !(Array.isArray(opts.trustProxy) && opts.trustProxy.length === 0) }); // after the locale is known, before any body is parsed
  registerIdempotency(app);
  registerNormalize(app); // before validation and before the route's own checks
  registerFiniteNumbers(app); // after validation, before the route's own checks
  // Last of the onSend hooks: what is stored for a replay (above) is the uncompressed answer.
  registerApiCompression(app);

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      if ((err.status === 429 || err.status === 503) && typeof err.params.seconds === 'number') reply.header('retry-after', String(err.params.seconds));
      return reply.status(err.status).send({
        error: { code: err.code, message: err.localized(req.locale), ...(err.details ? { details: err.details } : {}) },
      });
    }
    if (err.validation) {
      return reply.status(400).send({
        error: { code: 'validation', message: msg(req.locale, 'validation', { detail: describeValidation(err.validation, req.locale) }) },
      });
    }
    if (err.statusCode === 429) {
      return reply.status(429).send({
        error: { code: 'rate_limited', message: msg(req.locale, 'rate_limited', { after: err.message }) },
      });
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: err.code ?? 'bad_request', message: err.message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'internal', message: msg(req.locale, 'internal') } });
  });

  await registerModules(app, { secureCookies: opts.secureCookies ?? false, setupCode: opts.setupCode ?? null, demo: todaysDemo });

  app.get('/api/openapi.json', { config: { permission: { kind: 'public' } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      wildcard: false,
      // The .br/.gz copies written at build time; hashed assets cached for a year, index.html never stale.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => { reply.header('cache-control', webCacheControl(filePath)); },
    });
    // The web app routes on the client: any other non-API GET gets index.html (naming a first screen's code, web-index.ts).
    const index = webIndex(opts.webDir);
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api')) return index ? index(req, reply) : reply.sendFile('index.html');
      return reply.status(404).send({ error: { code: 'not_found', message: msg(req.locale, 'not_found') } });
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply.status(404).send({ error: { code: 'not_found', message: msg(req.locale, 'not_found') } }),
    );
  }
  return app;
}
