import type { FastifyInstance } from 'fastify';

/**
 * Text is normalized before it is validated and before any uniqueness check: Unicode NFC (a name typed
 * on a phone in decomposed form equals the same name typed on a PC), zero-width characters removed, and
 * surrounding spaces trimmed — so "   " or "\u200b\u200b" is empty and fails a minimum length, and
 * " FZ-1 " is the card number FZ-1. Passwords are taken exactly as typed.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '').trim();
}

function walk(value: unknown, key: string, depth: number): unknown {
  if (typeof value === 'string') return /password/i.test(key) ? value : normalizeText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => walk(v, key, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, depth + 1);
  return out;
}

export function registerNormalize(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    if (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) req.body = walk(req.body, '', 0);
    if (req.query && typeof req.query === 'object') req.query = walk(req.query, '', 0) as typeof req.query;
  });
}

/** The path of the first number that is not finite (Infinity from "Infinity" or 1e400), or null. */
function nonFinite(value: unknown, path: string, depth: number): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (depth > 8 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinite(v, `${path}/${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * A number must be finite. The schema validator turns the text "Infinity" (a query) into Infinity and
 * JSON's 1e400 is Infinity too; neither is refused by a range (Ajv's integer type lets Infinity through),
 * and the database then fails on it. Checked after validation, on the values the route will use, so a
 * text field that happens to read "Infinity" stays text.
 */
export function registerFiniteNumbers(app: FastifyInstance) {
  app.addHook('preHandler', async (req) => {
    for (const part of [req.query, req.params, req.body]) {
      const path = nonFinite(part, '', 0);
      if (path) {
        throw Object.assign(new Error('not a finite number'), {
          statusCode: 400, validation: [{ keyword: 'maximum', instancePath: path, schemaPath: '', params: {}, message: 'not finite' }],
        });
      }
    }
  });
}
