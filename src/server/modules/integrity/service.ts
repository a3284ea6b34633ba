// Verifies the seal of approved minutes: each version's content against its content hash, and each unit's
// chain of hashes from its first approved version to its last. Reports every break it finds.
import crypto from 'node:crypto';
import type { Queryable } from '../../db/index';
import { missingVersions, sealRows } from './queries';
import { breakAt, presentGap, presentHead } from './presenters';

export type SealProblem =
  | 'content_changed' // the stored content no longer hashes to its content hash
  | 'hash_mismatch' // the version's hash is not sha256(previous hash + content hash)
  | 'chain_broken' // the version does not follow the unit's previous version (one was changed or removed)
  | 'version_missing'; // a version that should exist: the meeting is approved, a later version exists, or the audit log records it

export type SealBreak = {
  problem: SealProblem; orgId: string; orgName: string; meetingId: string; meetingDate: string;
  version: number | null; chainSeq: number | null;
};
export type SealHead = { orgId: string; orgName: string; versions: number; hash: string };
export type SealReport = { ok: boolean; checkedAt: string; units: number; versions: number; breaks: SealBreak[]; heads: SealHead[] };

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Checks the versions of the units under `path` (the whole database when null). */
export async function verifyMinutes(q: Queryable, path: string | null): Promise<SealReport> {
  const rows = await sealRows(q, path);
  const breaks: SealBreak[] = [];
  const heads: SealHead[] = [];
  let prev: (typeof rows)[number] | undefined;
  for (const r of rows) {
    const first = !prev || prev.org_id !== r.org_id;
    if (first && prev) heads.push(presentHead(prev));
    const at = breakAt(r);
    if (r.recomputed !== r.content_hash) breaks.push({ problem: 'content_changed', ...at });
    if (sha256((r.prev_hash ?? '') + r.content_hash) !== r.hash) breaks.push({ problem: 'hash_mismatch', ...at });
    const expectedSeq = first ? 1 : prev!.chain_seq + 1;
    const expectedPrev = first ? null : prev!.hash;
    if (r.chain_seq !== expectedSeq || r.prev_hash !== expectedPrev) breaks.push({ problem: 'chain_broken', ...at });
    prev = r;
  }
  if (prev) heads.push(presentHead(prev));
  for (const g of await missingVersions(q, path)) {
    breaks.push(presentGap(g));
  }
  return { ok: breaks.length === 0, checkedAt: new Date().toISOString(), units: heads.length, versions: rows.length, breaks, heads };
}
