import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { lockHolder, openPglite, openPostgres, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import { DEMO_PASSWORD, loadDemo } from '../../src/server/demo/index';
import { verifyMinutes } from '../../src/server/modules/integrity/service';
import { killRounds } from '../support/kill9';
import { DB_KINDS } from '../support/db';

/**
 * Kill -9 under write load (the full 20 rounds per database: bench/kill9.ts). The real server runs as a
 * child process; every write it acknowledged must be there after a restart, and it must start cleanly.
 */
const ROUNDS = Number(process.env.CHIBO_KILL9_ROUNDS ?? 3);

async function prepare(db: Db): Promise<string> {
  await migrate(db);
  await loadDemo(db);
  return (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
}

describe.each(DB_KINDS)('kill -9 under write load on %s', (kind) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-kill9-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged write through ${ROUNDS} kills, and starts cleanly each time`, async () => {
    let env: Record<string, string>;
    let orgId: string;
    let reopen: () => Promise<Db>;
    if (kind === 'pglite') {
      const db = await openPglite(path.join(dir, 'pglite'));
      orgId = await prepare(db);
      await db.close();
      env = { CHIBO_DATA_DIR: dir };
      reopen = () => openPglite(path.join(dir, 'pglite'));
    } else {
      const name = 'chibo_' + crypto.randomBytes(6).toString('hex');
      const admin = new pg.Client({ connectionString: inject('pgUrl') });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = inject('pgUrl').replace(/\/postgres$/, '/' + name);
      const db = await openPostgres(url);
      orgId = await prepare(db);
      await db.close();
      env = { DATABASE_URL: url };
      reopen = () => openPostgres(url);
    }
    const results = await killRounds({ env, orgId, username: 'lvtruong', password: DEMO_PASSWORD }, ROUNDS, {
      log: (line) => console.log(`kill -9 on ${kind}: ${line}`),
    });
    expect(results).toHaveLength(ROUNDS);
    const total = results.reduce((n, r) => n + r.acknowledged, 0);
    console.log(`kill -9 on ${kind}: ${ROUNDS} rounds, ${total} acknowledged writes, ${results.at(-1)!.foundAcknowledged} found after the last restart`);
    for (const r of results) {
      expect(r.acknowledged, `round ${r.round}`).toBeGreaterThan(0);
      expect(r.cleanStart, `round ${r.round}`).toBe(true);
    }
    expect(results.at(-1)!.foundAcknowledged).toBe(total);
    // The server stopped: the database opens here and is intact.
    if (kind === 'pglite') expect(lockHolder(dir)).toBeNull();
    const db = await reopen();
    try {
      expect((await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM partner_units WHERE name LIKE 'kill9 %'`))!.n).toBeGreaterThanOrEqual(total);
      expect((await verifyMinutes(db, null)).ok).toBe(true);
    } finally {
      await db.close();
    }
  }, 600_000);
});
