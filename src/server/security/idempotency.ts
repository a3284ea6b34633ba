import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/**
 * Idempotency-Key on POST: a client that may send the same create twice (a retry after a dropped
 * connection, the offline queue replayed when the network returns, a double tap) sends a key of its
 * choosing with it. The first request with a key claims it; its answer, when it succeeds, is stored;
 * any repeat with the same key and the same body gets that stored answer (same status and body, header
 * Idempotent-Replayed: true) and writes nothing. Parallel repeats wait for the first one to finish, so
 * there is exactly one record. A key reused with a different body is refused (422). A failed first
 * request releases its key, so the retry runs again. Keys belong to the account and last 24 hours.
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[A-Za-z0-9._:-]{1,200}$/;
const WAIT_MS = 15_000;
/** A claim older than this with no answer belongs to a request that died with its process. */
const ABANDONED_SECONDS = 120;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { accountId: string; key: string } | null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function registerIdempotency(app: FastifyInstance) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return;
    const header = req.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    const permission = req.routeOptions.config?.permission;
    if (!permission || permission.kind === 'public' || !req.principal) return;
    const key = Array.isArray(header) ? header[0] ?? '' : header;
    if (!KEY.test(key)) throw new AppError(400, 'idempotency_key_invalid', 'idempotency_key_invalid');
    if (req.isMultipart()) return; // uploads are not replayed (their body is streamed, not hashed)
    const accountId = req.principal.accountId;
    const hash = crypto
      .createHash('sha256')
      .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const db = req.server.db;
    if (Math.random() < 0.01) await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      await db.query(
        `DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2 AND (created_at < now() - interval '24 hours'
            OR (status_code IS NULL AND created_at < now() - make_interval(secs => $3)))`,
        [accountId, key, ABANDONED_SECONDS],
      );
      const claimed = await db.one(
        `INSERT INTO idempotency_keys (account_id, key, request_hash) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING key`,
        [accountId, key, hash],
      );
      if (claimed) {
        req.idempotency = { accountId, key };
        return;
      }
      const row = await db.one<{ request_hash: string; status_code: number | null; content_type: string | null; body: string | null }>(
        'SELECT request_hash, status_code, content_type, body FROM idempotency_keys WHERE account_id = $1 AND key = $2',
        [accountId, key],
      );
      if (!row) continue; // the first request failed and released the key: claim it now
      if (row.request_hash !== hash) throw new AppError(422, 'idempotency_key_reused', 'idempotency_key_reused');
      if (row.status_code !== null) {
        reply.code(row.status_code).header('idempotent-replayed', 'true');
        if (row.content_type) reply.header('content-type', row.content_type);
        const body = row.body ?? '';
        return reply.send(body.startsWith('base64:') ? Buffer.from(body.slice(7), 'base64') : body.slice(5));
      }
      if (Date.now() > deadline) throw new AppError(409, 'idempotency_in_progress', 'idempotency_in_progress');
      await sleep(25);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    req.idempotency = null;
    const db = req.server.db;
    const stored =
      typeof payload === 'string' ? 'text:' + payload : Buffer.isBuffer(payload) ? 'base64:' + payload.toString('base64') : null;
    if (reply.statusCode < 400 && stored !== null) {
      const type = reply.getHeader('content-type');
      await db.query(
        `UPDATE idempotency_keys SET status_code = $3, content_type = $4, body = $5, completed_at = now()
          WHERE account_id = $1 AND key = $2`,
        [claim.accountId, claim.key, reply.statusCode, type === undefined ? null : String(type), stored],
      );
    } else {
      await db.query('DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2', [claim.accountId, claim.key]);
    }
    return payload;
  });
}
