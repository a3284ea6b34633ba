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
