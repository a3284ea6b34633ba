import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError, lockDataDir, openPglite, openPostgres, type Db } from './db/index';
import { migrate } from './db/migrate';
import { buildApp } from './app';
import { isSetupNeeded } from './modules/setup/service';
import { generateDemo, loadDemo } from './demo/index';
import { todayVn } from '../domain/dates';

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
  if (config.demo && (await isSetupNeeded(db))) {
    const counts = await loadDemo(db, generateDemo(undefined, todayVn()));
    console.log(`Đã nạp xã mẫu Thanh Minh / demo loaded: ${counts.orgs} units, ${counts.members} members`);
  }
  const app = await buildApp({
    db,
    logger: { level: config.logLevel },
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webDir: path.join(ROOT, 'dist/web'),
  });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
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
