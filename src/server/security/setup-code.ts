import crypto from 'node:crypto';
import { AppError } from '../errors';

/**
 * A fresh install must not be claimable by whoever reaches the port first (loading the demo with its
 * known password, or creating the first admin). main.ts makes a one-time setup code at start while setup
 * is needed and prints it in the server's log; POST /api/setup and /api/setup/demo need it in the
 * X-Setup-Code header. CHIBO_DEMO=1 loads the demo at start instead (no setup left to claim).
 */
export const SETUP_CODE_HEADER = 'x-setup-code';

/** Twelve digits in three groups, easy to read from a log and type on a phone: 4821-0937-5512. */
export function newSetupCode(): string {
  const digits = Array.from({ length: 12 }, () => crypto.randomInt(10)).join('');
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

const canonical = (s: string) => s.replace(/[\s-]/g, '');

/** Refuses the request unless it carries the code (spaces and dashes do not matter). No code configured: open. */
export function checkSetupCode(expected: string | null | undefined, given: unknown): void {
  if (!expected) return;
  const a = Buffer.from(canonical(expected));
  const b = Buffer.from(typeof given === 'string' ? canonical(given) : '');
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    const key = given ? 'setup_code_wrong' : 'setup_code_required';
    throw new AppError(403, key, key);
  }
}
