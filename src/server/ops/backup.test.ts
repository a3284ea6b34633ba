import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../db/index';
import { autoBackups, dailyBackup, stamp } from './backup';

describe('daily automatic backups of the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-daily-'));
  let db: Db;
  beforeAll(async () => {
    db = await openPglite('memory');
    await db.exec('CREATE TABLE t (n int); INSERT INTO t VALUES (1)');
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names backups by UTC time so that they sort', () => {
    expect(stamp(new Date('2026-03-05T07:08:09.123Z'))).toBe('2026-03-05T070809Z');
  });

  it('makes one backup a day and keeps the newest CHIBO_BACKUP_KEEP, leaving manual backups alone', async () => {
    fs.writeFileSync(path.join(dir, 'chibo-pglite-2020-01-01T000000Z.tar.gz'), 'manual');
    const t0 = Date.now();
    const hour = 3600 * 1000;
    expect(await dailyBackup(db, dir, 2, t0)).toMatch(/chibo-pglite-auto-.*\.tar\.gz$/);
    expect(await dailyBackup(db, dir, 2, t0 + 2 * hour)).toBeNull(); // not due yet
    expect(await dailyBackup(db, dir, 2, t0 + 25 * hour)).not.toBeNull();
    const third = await dailyBackup(db, dir, 2, t0 + 50 * hour);
    const kept = autoBackups(dir);
    expect(kept).toHaveLength(2);
    expect(kept.at(-1)).toBe(path.basename(third!));
    expect(kept[0]).toBe(`chibo-pglite-auto-${stamp(new Date(t0 + 25 * hour))}.tar.gz`);
    expect(fs.existsSync(path.join(dir, 'chibo-pglite-2020-01-01T000000Z.tar.gz'))).toBe(true);
    // Each is a real database image: a gzip stream of some size.
    const bytes = fs.readFileSync(path.join(dir, kept[0]));
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(bytes.length).toBeGreaterThan(100_000);
  }, 120_000);
});
