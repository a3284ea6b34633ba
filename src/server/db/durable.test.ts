import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, type Db } from './index';

/**
 * Power cuts: PGlite on disk must flush the WAL to the disk before a commit is acknowledged. A power cut
 * cannot be staged in a test; what can be checked is the mechanism durability rests on: each committed
 * write fsyncs the WAL before the call returns, reads fsync nothing, a checkpoint fsyncs the data files.
 */
describe('PGlite on disk, durable mode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-durable-'));
  const synced: string[] = [];
  let db: Db;
  const rel = (f: string) => path.relative(dir, f);
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs PostgreSQL with fsync, full-page writes and fsync as the WAL method', async () => {
    db = await openPglite(dir, { onFsync: (f) => synced.push(f) });
    const show = async (name: string) => Object.values((await db.one(`SHOW ${name}`))!)[0];
    expect(await show('fsync')).toBe('on');
    expect(await show('full_page_writes')).toBe('on');
    expect(await show('wal_sync_method')).toBe('fsync');
    expect(await show('synchronous_commit')).toBe('on');
    // What initdb wrote without syncing reached the disk once at open.
    expect(synced.some((f) => rel(f) === 'PG_VERSION')).toBe(true);
    await db.exec('CREATE TABLE acknowledged (n int PRIMARY KEY)');
  });

  it('fsyncs the WAL before each acknowledged commit, and nothing for a read', async () => {
    const perCommit: string[][] = [];
    for (let n = 1; n <= 20; n++) {
      const before = synced.length;
      await db.query('INSERT INTO acknowledged VALUES ($1)', [n]);
      perCommit.push(synced.slice(before).map(rel));
    }
    await db.tx(async (q) => {
      await q.query('INSERT INTO acknowledged VALUES (21)');
      await q.query('INSERT INTO acknowledged VALUES (22)');
    });
    const before = synced.length;
    expect(perCommit.slice(0, 20).every((files) => files.some((f) => f.startsWith('pg_wal/')))).toBe(true);
    const counts = perCommit.slice(0, 20).map((files) => files.filter((f) => f.startsWith('pg_wal/')).length);
    console.log(`durable PGlite: WAL fsyncs per acknowledged commit: ${counts.join(' ')}`);
    await db.query('SELECT * FROM acknowledged');
    expect(synced.length).toBe(before);
  });

  it('fsyncs data files at a checkpoint, before the WAL they replace can go', async () => {
    const before = synced.length;
    await db.query('CHECKPOINT');
    const files = synced.slice(before).map(rel);
    expect(files.some((f) => f.startsWith('base/'))).toBe(true);
    expect(files).toContain('global/pg_control');
  });

  it('keeps what was acknowledged after closing and reopening', async () => {
    await db.close();
    db = await openPglite(dir, { onFsync: (f) => synced.push(f) });
    expect((await db.one<{ n: number }>('SELECT count(*)::int AS n FROM acknowledged'))!.n).toBe(22);
  });
});

// The same, seen from the operating system: the fsync system calls the process makes (strace, when present).
const strace = spawnSync('strace', ['-f', '-e', 'trace=fsync', 'true'], { encoding: 'utf8' });
describe.skipIf(strace.status !== 0)('PGlite on disk, seen by strace', () => {
  const script = (durable: boolean, dir: string) => `
    const { openPglite } = await import(${JSON.stringify(path.resolve('src/server/db/index.ts'))});
    const db = await openPglite(${JSON.stringify(dir)}, { durable: ${durable} });
    await db.exec('CREATE TABLE IF NOT EXISTS t (n int)');
    process.stderr.write('MARK-START\\n');
    for (let i = 0; i < 10; i++) await db.query('INSERT INTO t VALUES ($1)', [i]);
    process.stderr.write('MARK-END\\n');
    process.exit(0);`;
  const fsyncsDuring = (durable: boolean) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-strace-'));
    try {
      const r = spawnSync('strace', ['-f', '-e', 'trace=fsync,fdatasync,write', '-e', 'signal=none', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script(durable, dir)],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const lines = r.stderr.split('\n');
      const start = lines.findIndex((l) => l.includes('MARK-START'));
      const end = lines.findIndex((l, i) => i > start && l.includes('MARK-END'));
      expect(start).toBeGreaterThan(-1);
      return lines.slice(start, end).filter((l) => /\b(fsync|fdatasync)\(/.test(l)).length;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('makes at least one fsync system call per commit in durable mode, and none without it', () => {
    const durable = fsyncsDuring(true);
    const plain = fsyncsDuring(false);
    console.log(`strace: fsync calls during 10 commits: durable ${durable}, PGlite's default ${plain}`);
    expect(durable).toBeGreaterThanOrEqual(10);
    expect(plain).toBe(0);
  }, 120_000);
});
