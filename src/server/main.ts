import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError, lockDataDir, openPglite, openPostgres, type Db } from './db/index';
import { migrate } from './db/migrate';
import { buildApp } from './app';
import { isSetupNeeded } from './modules/setup/service';
import { todaysDemo } from './demo/index';
import { newSetupCode } from './security/setup-code';
import { serveControl } from './ops/control';
import { backupLogicalOf, backupPglite, scheduleDailyBackups } from './ops/backup';
import { verifyMinutes } from './modules/integrity/service';
import { startWorker } from './modules/notifications/service';
import { mailFromEnv } from './modules/notifications/channels';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main() {
  const config = loadConfig();
  let db: Db;
  if (config.databaseUrl) {
    db = await openPostgres(config.databaseUrl);
  } else {
    lockDataDir(config.dataDir);
    db = await openPglite(path.join(config.dataDir, 'pglite'));
  }
  await migrate(db);
  // PGlite runs no autovacuum: refresh the planner's statistics at each start (milliseconds for a commune).
  if (db.kind === 'pglite') await db.exec('ANALYZE');
  if (config.demo && (await isSetupNeeded(db))) {
    const counts = await todaysDemo.load(db);
    console.log(`Đã nạp xã mẫu Thanh Minh / demo loaded: ${counts.orgs} units, ${counts.members} members`);
  }
  // A fresh install is claimed only by whoever can read this log (finding: open setup).
  const setupCode = (await isSetupNeeded(db)) ? newSetupCode() : null;
  const app = await buildApp({
    setupCode,
    db,
    logger: { level: config.logLevel },
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webDir: path.join(ROOT, 'dist/web'),
  });
  const stopOps: Array<() => void> = [];
  if (db.kind === 'pglite') {
    // This process owns the embedded database: `npm run backup` and `npm run verify-minutes` ask it.
    stopOps.push(serveControl(config.dataDir, {
      backup: async () => ({ file: await backupPglite(db, config.backupDir) }),
      'backup-logical': async () => ({ file: await backupLogicalOf(db, config.backupDir) }),
      'verify-minutes': async () => verifyMinutes(db, null),
    }));
    if (config.backupKeep > 0) {
      stopOps.push(scheduleDailyBackups(db, config.backupDir, config.backupKeep, (msg, err) =>
        err ? app.log.error({ err }, msg) : app.log.info(msg)));
    }
  }
  // Notifications: events, the day's reminders and e-mail, from the job table (once across instances).
  const stopWorker = startWorker(db, {
    mail: mailFromEnv(), publicUrl: process.env.CHIBO_PUBLIC_URL?.trim() || null,
    log: (msg, err) => app.log.error({ err }, msg),
  });
  const stop = async () => {
    await stopWorker();
    for (const s of stopOps) s();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  if (setupCode) {
    console.log(`Mã thiết lập / setup code: ${setupCode} — nhập mã này ở trang thiết lập / enter it on the setup page`);
  }
  console.log(`chibo: http://localhost:${config.port} (${db.kind === 'pglite' ? `PGlite, ${config.dataDir}` : 'PostgreSQL'})`);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error('chibo không khởi động được / chibo could not start:', err);
  }
  process.exit(1);
});
