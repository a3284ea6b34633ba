import fs from 'node:fs';
import path from 'node:path';
import pgPkg from 'pg';

/**
 * The one database interface the services use. Two drivers sit behind it: PGlite (embedded,
 * the zero-setup default) and node-postgres (when DATABASE_URL is set). The SQL is the same.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: everything it wrote is committed together, or nothing is. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings (calendar dates have no time zone); counts and sums become numbers.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const parsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
};

function wrap(run: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await run(sql, params)).rows as T[];
    },
    async one<T>(sql: string, params?: unknown[]) {
      return (await run(sql, params)).rows[0] as T | undefined;
    },
  };
}

export async function openPglite(dataDir: string | 'memory'): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const pg = await PGlite.create({
    dataDir: dataDir === 'memory' ? 'memory://' : dataDir,
    extensions: { pg_trgm },
    parsers,
  });
  const base = wrap((sql, params) => pg.query(sql, params as unknown[]));
  return {
    kind: 'pglite',
    ...base,
    tx: (fn) => pg.transaction((t) => fn(wrap((sql, params) => t.query(sql, params as unknown[])))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pgPkg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: unknown) =>
        (parsers as Record<number, (v: string) => unknown>)[oid] ??
        pgPkg.types.getTypeParser(oid, format as 'text')) as typeof pgPkg.types.getTypeParser,
    },
  });
  // Fail at start, with the driver's message, rather than on the first request.
  await pool.query('SELECT 1');
  const base = wrap((sql, params) => pool.query(sql, params as unknown[]));
  return {
    kind: 'postgres',
    ...base,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One connection runs one statement at a time: queue them, so services may use Promise.all freely.
        let queue: Promise<unknown> = Promise.resolve();
        const run = (sql: string, params?: unknown[]) => {
          const next = queue.then(() => client.query(sql, params as unknown[]));
          queue = next.catch(() => undefined);
          return next;
        };
        const result = await fn(wrap(run));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

export class DataDirLockedError extends Error {}

/**
 * PGlite has no lock of its own: two processes on one data dir would corrupt it. The lock file holds
 * the owner's pid; a lock whose process is gone is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'chibo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(
          `Thư mục dữ liệu ${dataDir} đang được một tiến trình chibo khác (pid ${pid}) sử dụng. ` +
            `Hãy dừng tiến trình đó hoặc đặt CHIBO_DATA_DIR khác.\n` +
            `The data directory ${dataDir} is in use by another chibo process (pid ${pid}). ` +
            `Stop it or set a different CHIBO_DATA_DIR.`,
        );
      }
      fs.unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new DataDirLockedError(`Không khoá được thư mục dữ liệu ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
