// Operator commands:
//   npm run backup               a timestamped backup of the configured database into CHIBO_BACKUP_DIR
//   npm run backup -- --logical  chibo's own logical backup instead (restores into either database)
//   npm run restore FILE         restores FILE into the configured, empty, data dir or database
//   npm run verify-minutes       checks the seal of every approved minutes version (exit 1 on a break)
// With the embedded database, a running chibo owns it: the command asks that process (ops/control.ts).
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { DataDirLockedError, lockDataDir, lockHolder, openPglite, openPostgres, type Db } from '../db/index';
import { migrate } from '../db/migrate';
import { verifyMinutes, type SealReport } from '../modules/integrity/service';
import { askServer } from './control';
import { RestoreRefused, backupLogicalOf, backupPglite, backupPostgres, restorePglite, restorePostgres } from './backup';
import { LogicalBackupError } from './logical';

/** Runs fn on the database, opened here when no server holds it, or asks the running server for `op`. */
async function withDatabase<T>(config: Config, op: string, fn: (db: Db) => Promise<T>): Promise<T> {
  if (config.databaseUrl) {
    const db = await openPostgres(config.databaseUrl);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  }
  if (lockHolder(config.dataDir)) return askServer<T>(config.dataDir, op);
  if (!fs.existsSync(path.join(config.dataDir, 'pglite', 'PG_VERSION'))) {
    throw new Error(`Không có cơ sở dữ liệu trong ${config.dataDir} / no database in ${config.dataDir} (CHIBO_DATA_DIR)`);
  }
  const release = lockDataDir(config.dataDir);
  const db = await openPglite(path.join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
    release();
  }
}

export async function backup(config: Config, opts: { logical?: boolean; onNote?: (msg: string) => void } = {}): Promise<string> {
  if (config.databaseUrl) return backupPostgres(config.databaseUrl, config.backupDir, undefined, opts);
  const op = opts.logical ? 'backup-logical' : 'backup';
  const r = await withDatabase(config, op, async (db) => ({
    file: opts.logical ? await backupLogicalOf(db, config.backupDir) : await backupPglite(db, config.backupDir),
  }));
  return r.file;
}

export async function restore(config: Config, file: string): Promise<void> {
  if (config.databaseUrl) return restorePostgres(file, config.databaseUrl);
  return restorePglite(file, config.dataDir);
}

export async function verify(config: Config): Promise<SealReport> {
  return withDatabase(config, 'verify-minutes', (db) => verifyMinutes(db, null));
}

const PROBLEM: Record<string, string> = {
  content_changed: 'nội dung đã bị sửa / content changed',
  hash_mismatch: 'dấu niêm phong bị sửa / seal altered',
  chain_broken: 'chuỗi bị đứt / chain broken',
  version_missing: 'thiếu phiên bản / version missing',
};

export async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  try {
    const config = loadConfig();
    if (command === 'backup') {
      if (arg && arg !== '--logical') {
        console.error('Cách dùng / usage: npm run backup [-- --logical]');
        return 2;
      }
      const file = await backup(config, { logical: arg === '--logical', onNote: (m) => console.log(m) });
      console.log(`Đã sao lưu / backup written: ${file}`);
      return 0;
    }
    if (command === 'restore') {
      if (!arg) {
        console.error('Cách dùng / usage: npm run restore <tệp sao lưu / backup file>');
        return 2;
      }
      await restore(config, path.resolve(arg));
      console.log(`Đã khôi phục / restored ${arg} into ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}`);
      return 0;
    }
    if (command === 'verify-minutes') {
      const r = await verify(config);
      console.log(`Biên bản đã thông qua / approved minutes: ${r.versions} phiên bản / versions, ${r.units} tổ chức / units`);
      for (const h of r.heads) console.log(`  ${h.hash}  ${h.versions}  ${h.orgName}`);
      for (const b of r.breaks) {
        console.log(`LỖI / BREAK: ${PROBLEM[b.problem]} — ${b.orgName}, ${b.meetingDate}, v${b.version ?? '?'} (meeting ${b.meetingId})`);
      }
      console.log(r.ok ? 'Toàn vẹn / intact' : `${r.breaks.length} chỗ hỏng / breaks found`);
      return r.ok ? 0 : 1;
    }
    console.error('Lệnh / commands: backup | restore FILE | verify-minutes');
    return 2;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof RestoreRefused || err instanceof DataDirLockedError || err instanceof LogicalBackupError) {
      console.error(err.message);
    } else {
      console.error('Lỗi / error:', (err as Error).message);
    }
    return 1;
  }
}
