import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { lockDataDir, openPglite, openPostgres, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import { loadDemo } from '../../src/server/demo/index';
import { backup, main, restore } from '../../src/server/ops/cli';
import { serveControl } from '../../src/server/ops/control';
import { backupPglite, RestoreRefused } from '../../src/server/ops/backup';
import { verifyMinutes } from '../../src/server/modules/integrity/service';
import { json, login } from '../support/app';

/**
 * A backup taken while chibo runs, restored into an empty data dir or database, answers every API read
 * exactly as the original did (the session cookie of the original still works: sessions are data too).
 */
async function answers(app: FastifyInstance, db: Db, cookie: string): Promise<Record<string, unknown>> {
  const root = (await db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
  const cell = (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
  const approved = (await db.one<{ id: string }>(`SELECT id FROM meetings WHERE status = 'approved' ORDER BY date DESC, id LIMIT 1`))!.id;
  const member = (await db.one<{ person_id: string }>('SELECT person_id FROM memberships WHERE org_id = $1 ORDER BY person_id LIMIT 1', [cell]))!.person_id;
  const urls = [
    '/api/auth/me', '/api/orgs', `/api/orgs/${cell}/members?pageSize=100`, `/api/members/${member}`, `/api/meetings?orgId=${root}`,
    `/api/meetings/${approved}`, `/api/audit?orgId=${root}&limit=200`, `/api/minutes/verify?orgId=${root}`, `/api/accounts?orgId=${root}`,
  ];
  const out: Record<string, unknown> = {};
  for (const url of urls) {
    const res = await app.inject({ url, headers: { cookie } });
    const body = res.headers['content-type']?.toString().includes('json') ? json(res) : res.body;
    if (url.startsWith('/api/minutes/verify')) delete (body as { checkedAt?: string }).checkedAt;
    // An account's grants come in no defined order (the query has none): compare them as a set.
    if (url.startsWith('/api/accounts')) {
      for (const a of body as { grants?: { grantId: string }[] }[]) {
        a.grants?.sort((x, y) => x.grantId.localeCompare(y.grantId));
      }
    }
    out[url] = { status: res.statusCode, body };
  }
  expect(Object.values(out).filter((a) => (a as { status: number }).status === 200).length).toBeGreaterThanOrEqual(8);
  return out;
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-backup-'));

describe('backup and restore on pglite', () => {
  const dirs = { a: tmp(), b: tmp(), backups: tmp() };
  afterAll(() => Object.values(dirs).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('backs up the running database through `npm run backup` and restores it with identical answers', async () => {
    const release = lockDataDir(dirs.a);
    const db = await openPglite(path.join(dirs.a, 'pglite'));
    await migrate(db);
    await loadDemo(db);
    const app = await buildApp({ db });
    const stopControl = serveControl(dirs.a, { backup: async () => ({ file: await backupPglite(db, dirs.backups) }) }, 100);
    const cookie = await login(app, 'admin');
    const before = await answers(app, db, cookie);
    // The command finds the data dir held by a live server and asks it; reads go on meanwhile.
    const config = loadConfig({ CHIBO_DATA_DIR: dirs.a, CHIBO_BACKUP_DIR: dirs.backups });
    const [file] = await Promise.all([backup(config), answers(app, db, cookie)]);
    expect(path.basename(file)).toMatch(/^chibo-pglite-\d{4}-\d{2}-\d{2}T\d{6}Z\.tar\.gz$/);
    stopControl();
    await app.close();
    await db.close();
    release();

    await expect(restore(loadConfig({ CHIBO_DATA_DIR: dirs.a }), file)).rejects.toThrow(RestoreRefused);
    await expect(restore(loadConfig({ CHIBO_DATA_DIR: dirs.a }), file)).rejects.toThrow(/chỉ khôi phục vào thư mục trống/);
    await restore(loadConfig({ CHIBO_DATA_DIR: dirs.b }), file);
    const db2 = await openPglite(path.join(dirs.b, 'pglite'));
    expect(await migrate(db2)).toEqual([]);
    const app2 = await buildApp({ db: db2 });
    expect(await answers(app2, db2, cookie)).toEqual(before);
    expect((await verifyMinutes(db2, null)).ok).toBe(true);
    await app2.close();
    await db2.close();

    // `npm run verify-minutes` with no server running opens the database itself; exit status 1 on a break.
    const env = process.env.CHIBO_DATA_DIR;
    process.env.CHIBO_DATA_DIR = dirs.b;
    try {
      expect(await main(['verify-minutes'])).toBe(0);
      const db3 = await openPglite(path.join(dirs.b, 'pglite'));
      await db3.exec(`ALTER TABLE minutes_versions DISABLE TRIGGER minutes_versions_immutable;
        UPDATE minutes_versions SET correction_reason = 'sửa lén' WHERE id = (SELECT id FROM minutes_versions LIMIT 1)`);
      await db3.close();
      expect(await main(['verify-minutes'])).toBe(1);
    } finally {
      if (env === undefined) delete process.env.CHIBO_DATA_DIR;
      else process.env.CHIBO_DATA_DIR = env;
    }
  }, 300_000);
});

describe('backup and restore on postgres', () => {
  const backups = tmp();
  const admin = () => new pg.Client({ connectionString: inject('pgUrl') });
  const createDb = async () => {
    const name = 'chibo_' + crypto.randomBytes(6).toString('hex');
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    return inject('pgUrl').replace(/\/postgres$/, '/' + name);
  };
  afterAll(() => fs.rmSync(backups, { recursive: true, force: true }));

  it('backs up with pg_dump while the app runs and restores into an empty database with identical answers', async () => {
    const urlA = await createDb();
    const db = await openPostgres(urlA);
    await migrate(db);
    await loadDemo(db);
    const app = await buildApp({ db });
    const cookie = await login(app, 'admin');
    const before = await answers(app, db, cookie);
    const [file] = await Promise.all([
      backup(loadConfig({ DATABASE_URL: urlA, CHIBO_BACKUP_DIR: backups })),
      answers(app, db, cookie),
    ]);
    expect(path.basename(file)).toMatch(/^chibo-postgres-\d{4}-\d{2}-\d{2}T\d{6}Z\.sql\.gz$/);

    await expect(restore(loadConfig({ DATABASE_URL: urlA }), file)).rejects.toThrow(/chỉ khôi phục vào một cơ sở dữ liệu trống/);
    const urlB = await createDb();
    await restore(loadConfig({ DATABASE_URL: urlB }), file);
    const db2 = await openPostgres(urlB);
    expect(await migrate(db2)).toEqual([]);
    const app2 = await buildApp({ db: db2 });
    expect(await answers(app2, db2, cookie)).toEqual(before);
    // The restored database protects approved minutes as the original did.
    await expect(db2.query('DELETE FROM minutes_versions')).rejects.toThrow(/không được xóa/);
    expect((await verifyMinutes(db2, null)).ok).toBe(true);
    await Promise.all([app.close(), app2.close()]);
    await Promise.all([db.close(), db2.close()]);
  }, 300_000);
});
