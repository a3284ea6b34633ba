import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';

export const DB_KINDS = ['pglite', 'postgres'] as const;
export type DbKind = (typeof DB_KINDS)[number];

/** A new, migrated, empty database of either kind: in-memory PGlite, or a fresh database in the test cluster. */
export async function freshDb(kind: DbKind): Promise<Db> {
  let db: Db;
  if (kind === 'pglite') {
    db = await openPglite('memory');
  } else {
    const adminUrl = inject('pgUrl');
    const name = 'chibo_' + crypto.randomBytes(6).toString('hex');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    db = await openPostgres(adminUrl.replace(/\/postgres$/, '/' + name));
  }
  await migrate(db);
  return db;
}
