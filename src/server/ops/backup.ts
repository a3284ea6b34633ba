// Backups of either database while chibo runs, and restores into an empty data dir or database.
// - PGlite: the data directory as a gzipped tarball (PGlite's dumpDataDir), taken by the process that owns
//   the database between two transactions after a checkpoint; restored by creating the database from it.
// - PostgreSQL: pg_dump's plain SQL (one consistent snapshot), gzipped; restored with psql in one transaction.
// - Either, with `--logical` or on PostgreSQL when pg_dump is not installed: chibo's own logical backup
//   (logical.ts), restored by chibo into either database.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import pgPkg from 'pg';
import { lockHolder, openPglite, openPostgres, type Db } from '../db/index';
import { backupLogical, isLogicalBackup, restoreLogical } from './logical';

export class RestoreRefused extends Error {}

/** 2026-11-29T210512Z: sorts by time, safe in file names on every system. */
export function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
}

function finish(tmp: string, file: string): string {
  const fd = fs.openSync(tmp, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  const dirFd = fs.openSync(path.dirname(file), 'r');
  fs.fsyncSync(dirFd);
  fs.closeSync(dirFd);
  return file;
}

/** Writes a backup of the open PGlite database into dir; returns the file's path. */
export async function backupPglite(db: Db, dir: string, prefix = 'chibo-pglite', at = new Date()): Promise<string> {
  if (!db.dumpDataDir) throw new Error('backupPglite needs a PGlite database');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${stamp(at)}.tar.gz`);
  const blob = await db.dumpDataDir();
  fs.writeFileSync(file + '.tmp', Buffer.from(await blob.arrayBuffer()));
  return finish(file + '.tmp', file);
}

/** Refuses a data dir that a running chibo holds or that already has a database. */
function assertEmptyDataDir(dataDir: string): string {
  const target = path.join(dataDir, 'pglite');
  if (lockHolder(dataDir)) {
    throw new RestoreRefused(
      `Thư mục dữ liệu ${dataDir} đang được chibo sử dụng: hãy dừng chibo trước khi khôi phục. / ` +
        `The data directory ${dataDir} is in use by a running chibo: stop it before restoring.`,
    );
  }
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new RestoreRefused(
      `Thư mục dữ liệu ${dataDir} đã có cơ sở dữ liệu (${target}): chỉ khôi phục vào thư mục trống. ` +
        `Hãy đặt CHIBO_DATA_DIR là một thư mục mới, hoặc chuyển thư mục cũ đi nơi khác. / ` +
        `The data directory ${dataDir} already holds a database: restore only into an empty one ` +
        `(set CHIBO_DATA_DIR to a new directory, or move the old one away).`,
    );
  }
  return target;
}

/** Restores a PGlite backup (data directory, or a logical backup) into dataDir, which must hold no database yet. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  const target = assertEmptyDataDir(dataDir);
  if (await isLogicalBackup(file)) {
    const db = await openPglite(target);
    try {
      await restoreLogical(file, db);
    } catch (err) {
      await db.close();
      fs.rmSync(target, { recursive: true, force: true });
      throw err;
    }
    await db.close();
    return;
  }
  const blob = new Blob([fs.readFileSync(file)]);
  const db = await openPglite(target, { loadDataDir: blob });
  try {
    await db.query('SELECT 1 FROM schema_migrations LIMIT 1');
  } finally {
    await db.close();
  }
}

/** The newest PostgreSQL client program of that name on the machine (Debian keeps them per version). */
export function pgBin(name: 'pg_dump' | 'psql'): string | null {
  // PG_BINDIR=none: use no PostgreSQL client programs (say, when they are older than the server).
  if (process.env.PG_BINDIR === 'none') return null;
  const dirs = [process.env.PG_BINDIR];
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    dirs.push(...fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)).map((v) => path.join(base, v, 'bin')));
  }
  for (const d of dirs) if (d && fs.existsSync(path.join(d, name))) return path.join(d, name);
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim().split('\n')[0] : null;
}

function run(cmd: string, args: string[], opts: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [opts.input ? 'pipe' : 'ignore', opts.output ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const piping: Promise<void>[] = [];
    if (opts.input) piping.push(pipeline(opts.input, child.stdin!));
    if (opts.output) piping.push(pipeline(child.stdout!, opts.output));
    child.on('error', reject);
    child.on('close', async (code) => {
      try {
        await Promise.all(piping);
      } catch (err) {
        return reject(err);
      }
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}

/** A logical backup (logical.ts) of an open database of either kind into dir; returns the file's path. */
export function backupLogicalOf(db: Db, dir: string, at = new Date()): Promise<string> {
  return backupLogical(db, dir, `chibo-${db.kind}`, stamp(at));
}

/**
 * pg_dump of the database at url into dir (plain SQL, gzipped); returns the file's path. Without pg_dump on
 * the machine (or with `logical`), chibo's own logical backup instead; `onNote` hears why.
 */
export async function backupPostgres(
  url: string, dir: string, prefix = 'chibo-postgres', opts: { logical?: boolean; onNote?: (msg: string) => void } = {},
): Promise<string> {
  const pgDump = opts.logical ? null : pgBin('pg_dump');
  if (!pgDump) {
    if (!opts.logical) {
      opts.onNote?.(
        'Không tìm thấy pg_dump: chibo tự sao lưu dữ liệu (bản sao lưu logic, khôi phục bằng npm run restore). / ' +
          'pg_dump not found: chibo writes its own logical backup (restored with npm run restore).',
      );
    }
    const db = await openPostgres(url);
    try {
      return await backupLogicalOf(db, dir);
    } finally {
      await db.close();
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${stamp()}.sql.gz`);
  const gzip = zlib.createGzip();
  const writing = pipeline(gzip, fs.createWriteStream(file + '.tmp'));
  try {
    await run(pgDump, ['--format=plain', '--no-owner', '--no-privileges', '--no-comments', `--dbname=${url}`], { output: gzip });
    await writing;
  } catch (err) {
    fs.rmSync(file + '.tmp', { force: true });
    throw err;
  }
  return finish(file + '.tmp', file);
}

/** Restores a pg_dump or logical backup into the database at url, which must have no tables yet; one transaction. */
export async function restorePostgres(file: string, url: string): Promise<void> {
  const client = new pgPkg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')`,
    );
    if (r.rows[0].n > 0) {
      throw new RestoreRefused(
        `Cơ sở dữ liệu đích đã có ${r.rows[0].n} bảng: chỉ khôi phục vào một cơ sở dữ liệu trống (CREATE DATABASE …). / ` +
          `The target database already has ${r.rows[0].n} tables: restore only into an empty database.`,
      );
    }
  } finally {
    await client.end();
  }
  if (await isLogicalBackup(file)) {
    const db = await openPostgres(url);
    try {
      await restoreLogical(file, db);
    } finally {
      await db.close();
    }
    return;
  }
  const psql = pgBin('psql');
  if (!psql) throw new Error('Không tìm thấy psql / psql not found: install the PostgreSQL client, or set PG_BINDIR.');
  await run(psql, ['--no-psqlrc', '--quiet', '--single-transaction', '-v', 'ON_ERROR_STOP=1', `--dbname=${url}`], {
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
  });
}

/** Automatic backups: chibo-pglite-auto-….tar.gz in dir, the newest `keep` kept. */
export const AUTO_PREFIX = 'chibo-pglite-auto';
const DAY_MS = 24 * 3600 * 1000;

export function autoBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => n.startsWith(AUTO_PREFIX + '-') && n.endsWith('.tar.gz')).sort();
}

/** Makes today's automatic backup when the newest is a day old (or none exists), then prunes to `keep`. */
export async function dailyBackup(db: Db, dir: string, keep: number, now = Date.now()): Promise<string | null> {
  const existing = autoBackups(dir);
  const newest = existing.at(-1);
  let made: string | null = null;
  if (!newest || now - fs.statSync(path.join(dir, newest)).mtimeMs >= DAY_MS) made = await backupPglite(db, dir, AUTO_PREFIX, new Date(now));
  const all = autoBackups(dir);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(path.join(dir, old), { force: true });
  return made;
}

/** Checks every hour whether the daily backup is due. Returns a function that stops it. */
export function scheduleDailyBackups(
  db: Db, dir: string, keep: number, log: (msg: string, err?: unknown) => void, everyMs = 3600 * 1000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const file = await dailyBackup(db, dir, keep);
      if (file) log(`Đã sao lưu tự động / automatic backup written: ${file}`);
    } catch (err) {
      log('Sao lưu tự động thất bại / automatic backup failed', err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 60_000);
  first.unref();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
