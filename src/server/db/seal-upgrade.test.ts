import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from './index';
import { splitStatements } from './migrate';
import { loadDemo } from '../demo/index';
import { verifyMinutes } from '../modules/integrity/service';

/** An existing database with approved minutes gets them sealed by migration 0009, in the order they were approved. */
describe('migration 0009 on a database that already has approved minutes', () => {
  it('seals every existing version into its unit’s chain, oldest approval first', async () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
    const db = await openPglite('memory');
    const apply = async (f: string) => {
      for (const st of splitStatements(fs.readFileSync(path.join(dir, f), 'utf8'))) await db.query(st);
    };
    try {
      // Every other migration, so that today's demo loads; 0009 last, as on a database approved before it.
      for (const f of files.filter((x) => !x.startsWith('0009'))) await apply(f);
      // The demo as an earlier version stored it: without the seal columns.
      await loadDemo(db);
      const before = (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM minutes_versions'))!.n;
      expect(before).toBeGreaterThan(50);
      await apply('0009_minutes_seal.sql');
      const report = await verifyMinutes(db, null);
      expect(report).toMatchObject({ ok: true, versions: before, breaks: [] });
      const disorder = await db.one<{ n: number }>(
        `SELECT count(*)::int AS n FROM minutes_versions a JOIN minutes_versions b ON a.org_id = b.org_id AND b.chain_seq = a.chain_seq + 1
          WHERE b.approved_at < a.approved_at`,
      );
      expect(disorder!.n).toBe(0);
      await expect(db.query(`UPDATE minutes_versions SET snapshot = '{}'::jsonb`)).rejects.toThrow(/không được sửa/);
    } finally {
      await db.close();
    }
  }, 300_000);
});
