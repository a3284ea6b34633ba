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
  /** PGlite only: the data directory as a gzipped tarball, taken between two transactions (a consistent image). */
  dumpDataDir?: () => Promise<Blob>;
}

/**
 * The id a service gives the record it creates, when its caller already has one: the demo commune keeps
 * the ids it generated, so that its later sections can refer to them. Routes never pass it (a client does
 * not choose ids).
 */
export type Made = { id?: string };

/**
 * A Db whose transactions join the open transaction `q`: a service called with it (each service owns a
 * `db.tx`) writes inside the caller's transaction, so many records go in all together or not at all, and
 * at the speed of one transaction (the demo commune is loaded this way, through the modules' services).
 */
export function joinTx(db: Db, q: Queryable): Db {
  return {
    kind: db.kind,
    query: <T>(sql: string, params?: unknown[]) => q.query<T>(sql, params),
    one: <T>(sql: string, params?: unknown[]) => q.one<T>(sql, params),
    tx: <T>(fn: (inner: Queryable) => Promise<T>) => fn(q),
    exec: async (sql: string) => { await q.query(sql); },
    close: () => Promise.reject(new Error('joinTx: the transaction belongs to its caller')),
  };
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

export type PgliteOptions = {
  /**
   * Make every acknowledged commit survive a power cut (default for a data dir on disk). PGlite itself
   * starts PostgreSQL with fsync off (-F) and its Node filesystem layer has no fsync: a commit reaches the
   * operating system's cache, which a killed process keeps but a power cut loses. Durable mode starts
   * PostgreSQL with fsync on, wal_sync_method=fsync and full_page_writes on, and gives the filesystem layer
   * a real fsync, so PostgreSQL's own rules apply: the WAL is flushed to the disk before COMMIT returns,
   * data files before a checkpoint lets the WAL go.
   */
  durable?: boolean;
  /** Called with the host path of every file or directory fsynced (tests count them). */
  onFsync?: (file: string) => void;
  /** Create the database from a tarball made by dumpDataDir (restore). The data dir must be empty. */
  loadDataDir?: Blob;
};

/** PGlite's start parameters with fsync on: WAL written with fsync() (fdatasync is a no-op in its runtime). */
export function durableStartParams(defaults: readonly string[]): string[] {
  return [
    ...defaults.filter((p) => p !== '-F'),
    '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'wal_sync_method=fsync', '-c', 'full_page_writes=on',
  ];
}

export async function openPglite(dataDir: string | 'memory', opts: PgliteOptions = {}): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const durable = dataDir !== 'memory' && (opts.durable ?? true);
  const pg = await PGlite.create({
    ...(dataDir === 'memory' ? { dataDir: 'memory://' } : { fs: await nodeFs(dataDir, durable ? opts.onFsync ?? (() => {}) : null) }),
    ...(durable ? { startParams: durableStartParams(PGlite.defaultStartParams) } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers,
  });
  // Files written before PostgreSQL ran with fsync on (by initdb, or by a run without durable mode) reach
  // the disk once; a marker file records it. After a crash, PostgreSQL itself syncs the data dir.
  const marker = path.join(dataDir, 'chibo-durable');
  if (durable && !fs.existsSync(marker)) {
    syncTree(dataDir, opts.onFsync);
    fs.writeFileSync(marker, 'fsync=on\n');
    syncTree(marker);
    syncTree(dataDir, undefined, false);
  }
  const base = wrap((sql, params) => pg.query(sql, params as unknown[]));
  return {
    kind: 'pglite',
    ...base,
    tx: (fn) => pg.transaction((t) => fn(wrap((sql, params) => t.query(sql, params as unknown[])))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
    // Inside a transaction of its own, so that no other transaction is half-way when the image is taken.
    dumpDataDir: async () => {
      await pg.query('CHECKPOINT');
      return pg.transaction(() => pg.dumpDataDir('gzip'));
    },
  };
}

type EmscriptenStream = { nfd?: number; node: unknown };
type NodefsModule = { NODEFS: { stream_ops: Record<string, unknown>; realPath(node: unknown): string } };

/** PGlite's Node filesystem, with fsync() reaching the disk when onFsync is given. */
async function nodeFs(dataDir: string, onFsync: ((file: string) => void) | null) {
  const { NodeFS } = await import('@electric-sql/pglite/nodefs');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!onFsync) return new NodeFS(dataDir);
  class DurableNodeFS extends NodeFS {
    override async init(pg: Parameters<InstanceType<typeof NodeFS>['init']>[0], emscriptenOpts: Parameters<InstanceType<typeof NodeFS>['init']>[1]) {
      const { emscriptenOpts: opts } = await super.init(pg, emscriptenOpts);
      const patch = (mod: unknown) => {
        const { NODEFS } = mod as NodefsModule;
        NODEFS.stream_ops.fsync = (stream: EmscriptenStream) => {
          if (stream.nfd === undefined) return 0;
          fs.fsyncSync(stream.nfd);
          onFsync!(NODEFS.realPath(stream.node));
          return 0;
        };
      };
      return { emscriptenOpts: { ...opts, preRun: [...((opts.preRun as unknown[]) ?? []), patch] } as typeof opts };
    }
  }
  return new DurableNodeFS(dataDir);
}

/** fsyncs every file and directory under dir (directories too, so that new names are on the disk); only dir itself unless recursive. */
export function syncTree(dir: string, onFsync?: (file: string) => void, recursive = true): number {
  let n = 0;
  const visit = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isDirectory()) {
      if (recursive) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else if (!st.isFile()) return;
    const fd = fs.openSync(p, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    onFsync?.(p);
    n++;
  };
  visit(dir);
  return n;
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

/** The pid of the live process holding the data dir's lock (this one included), or null. */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'chibo.lock'), 'utf8'));
    return pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
