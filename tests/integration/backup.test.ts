import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
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
import { backupLogicalOf, backupPglite, RestoreRefused } from '../../src/server/ops/backup';
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

/** Every table's rows, as an md5 per table (the migration log's times aside). */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const expr = name === 'schema_migrations' ? 't.name' : 'row_to_json(t)::text';
    const r = await db.one<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(${expr}, '|' ORDER BY ${expr})) AS h FROM public."${name}" t`,
    );
    out[name] = `${r!.n}:${r!.h ?? ''}`;
  }
  // Sequences too: new rows continue where the backup stopped.
  const sequences = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S'`,
  );
  expect(sequences.length).toBeGreaterThan(0);
  for (const { name } of sequences) {
    const v = await db.one<{ v: string }>(`SELECT last_value::text || ':' || is_called::text AS v FROM public."${name}"`);
    out[`sequence ${name}`] = v!.v;
  }
  return out;
}

describe('chibo’s own logical backup', () => {
  const backups = tmp();
  afterAll(() => fs.rmSync(backups, { recursive: true, force: true }));

  it('on pglite: backs up the running server with --logical, wipes the data dir, restores it with every row equal', async () => {
    const dir = tmp();
    try {
      const release = lockDataDir(dir);
      const db = await openPglite(path.join(dir, 'pglite'));
      await migrate(db);
      await loadDemo(db);
      const app = await buildApp({ db });
      const stopControl = serveControl(dir, { 'backup-logical': async () => ({ file: await backupLogicalOf(db, backups) }) }, 100);
      const cookie = await login(app, 'admin');
      const before = await answers(app, db, cookie);
      const rows = await fingerprint(db);
      const config = loadConfig({ CHIBO_DATA_DIR: dir, CHIBO_BACKUP_DIR: backups });
      const [file] = await Promise.all([backup(config, { logical: true }), answers(app, db, cookie)]);
      expect(path.basename(file)).toMatch(/^chibo-pglite-\d{4}-\d{2}-\d{2}T\d{6}Z\.chibo\.json\.gz$/);
      stopControl();
      await app.close();
      await db.close();
      release();

      await expect(restore(loadConfig({ CHIBO_DATA_DIR: dir }), file)).rejects.toThrow(/chỉ khôi phục vào thư mục trống/);
      fs.rmSync(dir, { recursive: true, force: true }); // the disk died
      await restore(loadConfig({ CHIBO_DATA_DIR: dir }), file);
      const db2 = await openPglite(path.join(dir, 'pglite'));
      expect(await migrate(db2)).toEqual([]);
      expect(await fingerprint(db2)).toEqual(rows);
      const app2 = await buildApp({ db: db2 });
      expect(await answers(app2, db2, cookie)).toEqual(before);
      expect((await verifyMinutes(db2, null)).ok).toBe(true);
      await app2.close();
      await db2.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('on postgres without pg_dump: falls back to the logical backup, and restores it into the wiped database', async () => {
    const name = 'chibo_' + crypto.randomBytes(6).toString('hex');
    const adminUrl = inject('pgUrl');
    const url = adminUrl.replace(/\/postgres$/, '/' + name);
    const sql = async (text: string) => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(text);
      await c.end();
    };
    await sql(`CREATE DATABASE ${name}`);
    const db = await openPostgres(url);
    await migrate(db);
    await loadDemo(db);
    const app = await buildApp({ db });
    const cookie = await login(app, 'admin');
    const before = await answers(app, db, cookie);
    const rows = await fingerprint(db);
    const notes: string[] = [];
    const env = process.env.PG_BINDIR;
    process.env.PG_BINDIR = 'none';
    let file: string;
    try {
      [file] = await Promise.all([
        backup(loadConfig({ DATABASE_URL: url, CHIBO_BACKUP_DIR: backups }), { onNote: (m) => notes.push(m) }),
        answers(app, db, cookie),
      ]);
    } finally {
      if (env === undefined) delete process.env.PG_BINDIR;
      else process.env.PG_BINDIR = env;
    }
    expect(path.basename(file)).toMatch(/^chibo-postgres-\d{4}-\d{2}-\d{2}T\d{6}Z\.chibo\.json\.gz$/);
    expect(notes.join('\n')).toContain('Không tìm thấy pg_dump: chibo tự sao lưu dữ liệu');
    await app.close();
    await db.close();

    // Wipe: every table, sequence and function of the database goes.
    const wipe = new pg.Client({ connectionString: url });
    await wipe.connect();
    await wipe.query('DROP SCHEMA public CASCADE');
    await wipe.query('CREATE SCHEMA public');
    expect((await wipe.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public'`)).rows[0].n).toBe(0);
    await wipe.end();
    await restore(loadConfig({ DATABASE_URL: url }), file);
    await expect(restore(loadConfig({ DATABASE_URL: url }), file)).rejects.toThrow(/chỉ khôi phục vào một cơ sở dữ liệu trống/);
    const db2 = await openPostgres(url);
    expect(await migrate(db2)).toEqual([]);
    expect(await fingerprint(db2)).toEqual(rows);
    const app2 = await buildApp({ db: db2 });
    expect(await answers(app2, db2, cookie)).toEqual(before);
    await expect(db2.query('DELETE FROM minutes_versions')).rejects.toThrow(/không được xóa/);
    expect((await verifyMinutes(db2, null)).ok).toBe(true);
    await app2.close();
    await db2.close();
  }, 300_000);

  it('refuses a file cut short, writing nothing', async () => {
    const db = await openPglite('memory');
    await migrate(db);
    await loadDemo(db);
    const file = await backupLogicalOf(db, backups);
    await db.close();
    const whole = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const cut = path.join(backups, 'cut.chibo.json.gz');
    fs.writeFileSync(cut, zlib.gzipSync(whole.slice(0, Math.floor(whole.length / 2)).join('\n') + '\n'));
    const dir = tmp();
    try {
      await expect(restore(loadConfig({ CHIBO_DATA_DIR: dir }), cut)).rejects.toThrow(/cut short/);
      expect(fs.existsSync(path.join(dir, 'pglite'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
