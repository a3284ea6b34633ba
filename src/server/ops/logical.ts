// A logical backup made by chibo itself, for either database: every table's rows as JSON, read in one
// consistent snapshot, gzipped. It needs no PostgreSQL client programs (the fallback when pg_dump is absent)
// and restores into either database, so it also moves an embedded installation to PostgreSQL.
//
// File (gzipped JSON lines): a header { format, version, createdAt, source, migrations }, then for each table
// in foreign-key order a line { table, columns } followed by one line per row (the row as a JSON object),
// then { sequences: [...] } and a trailer { end: true, rows: { table: count } } that the restore checks.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { once } from 'node:events';
import type { Db, Queryable } from '../db/index';
import { migrate, migrationNames } from '../db/migrate';

export const LOGICAL_FORMAT = 'chibo-logical-backup';
export const LOGICAL_VERSION = 1;
export const LOGICAL_SUFFIX = '.chibo.json.gz';

export class LogicalBackupError extends Error {}

type Header = { format: string; version: number; createdAt: string; source: string; migrations: string[] };
type TableLine = { table: string; columns: string[] };
type SequenceValue = { name: string; value: number; called: boolean };

// Rows are JSON objects; the lines between them are arrays led by one of these.
const TABLE = 'chibo:table';
const SEQUENCES = 'chibo:sequences';
const END = 'chibo:end';

const ident = (name: string) => '"' + name.replace(/"/g, '""') + '"';
const BATCH = 2000;

/** The public tables, parents before children (foreign keys), and those that reference themselves. */
async function tablesInOrder(q: Queryable): Promise<{ order: string[]; selfRef: Set<string> }> {
  const tables = (await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  )).map((r) => r.name);
  const fks = await q.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  const selfRef = new Set<string>();
  for (const f of fks) {
    if (f.child === f.parent) selfRef.add(f.child);
    else parents.get(f.child)?.add(f.parent);
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') throw new LogicalBackupError(`foreign keys form a cycle through ${t}`);
    state.set(t, 'visiting');
    for (const p of [...(parents.get(t) ?? [])].sort()) visit(p);
    state.set(t, 'done');
    order.push(t);
  };
  for (const t of tables) visit(t);
  return { order, selfRef };
}

async function columnsOf(q: Queryable, table: string): Promise<string[]> {
  return (await q.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = ('public.' || quote_ident($1))::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  )).map((r) => r.name);
}

/** Writes a logical backup of db into dir, read in one REPEATABLE READ snapshot; returns the file's path. */
export async function backupLogical(db: Db, dir: string, prefix: string, stampText: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${stampText}${LOGICAL_SUFFIX}`);
  const tmp = file + '.tmp';
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(tmp);
  gzip.pipe(out);
  const write = async (obj: unknown | string) => {
    if (!gzip.write((typeof obj === 'string' ? obj : JSON.stringify(obj)) + '\n')) await once(gzip, 'drain');
  };
  try {
    await db.tx(async (q) => {
      await q.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const migrations = (await q.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name);
      const header: Header = { format: LOGICAL_FORMAT, version: LOGICAL_VERSION, createdAt: new Date().toISOString(), source: db.kind, migrations };
      await write(header);
      const { order } = await tablesInOrder(q);
      const rows: Record<string, number> = {};
      for (const table of order) {
        if (table === 'schema_migrations') continue;
        const columns = await columnsOf(q, table);
        await write([TABLE, { table, columns } satisfies TableLine]);
        await q.query(`DECLARE chibo_dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM public.${ident(table)} t`);
        let n = 0;
        for (;;) {
          const batch = await q.query<{ j: string }>(`FETCH ${BATCH} FROM chibo_dump`);
          for (const r of batch) await write(r.j);
          n += batch.length;
          if (batch.length < BATCH) break;
        }
        await q.query('CLOSE chibo_dump');
        rows[table] = n;
      }
      const sequences: SequenceValue[] = [];
      for (const s of await q.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
      )) {
        const v = (await q.one<{ value: string | number; called: boolean }>(`SELECT last_value AS value, is_called AS called FROM public.${ident(s.name)}`))!;
        sequences.push({ name: s.name, value: Number(v.value), called: v.called });
      }
      await write([SEQUENCES, sequences]);
      await write([END, rows]);
    });
    gzip.end();
    await once(out, 'close');
    const fd = fs.openSync(tmp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
  } catch (err) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return file;
}

/** Whether the file is a logical backup (by its first bytes, not its name). */
export async function isLogicalBackup(file: string): Promise<boolean> {
  const expected = `{"format":"${LOGICAL_FORMAT}"`;
  const gunzip = zlib.createGunzip();
  const input = fs.createReadStream(file, { end: 64 * 1024 });
  input.pipe(gunzip);
  let head = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      head += chunk.toString('latin1');
      if (head.length >= expected.length) break;
    }
  } catch {
    return false;
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return head.startsWith(expected);
}

/**
 * Restores a logical backup into db, which must hold no chibo tables yet: creates the schema of the backup's
 * migrations, loads every table in one transaction (the tables' own triggers held off, foreign keys checked),
 * sets the sequences, checks every table's row count against the trailer, then runs the migrations the backup
 * predates.
 */
export async function restoreLogical(file: string, db: Db): Promise<{ rows: number }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string | null> => {
    const r = await it.next();
    return r.done ? null : r.value;
  };
  try {
    const first = await next();
    let header: Header;
    try {
      header = JSON.parse(first ?? '') as Header;
    } catch {
      throw new LogicalBackupError('not a chibo logical backup');
    }
    if (header.format !== LOGICAL_FORMAT) throw new LogicalBackupError('not a chibo logical backup');
    if (header.version !== LOGICAL_VERSION) throw new LogicalBackupError(`logical backup version ${header.version} is not supported`);
    const known = new Set(migrationNames());
    const unknown = header.migrations.filter((m) => !known.has(m));
    if (unknown.length) {
      throw new LogicalBackupError(
        `Bản sao lưu được tạo bởi phiên bản chibo mới hơn (${unknown.join(', ')}): hãy cập nhật chibo rồi khôi phục. / ` +
          `The backup was made by a newer chibo (${unknown.join(', ')}): upgrade chibo, then restore.`,
      );
    }
    await migrate(db, { only: new Set(header.migrations) });
    let total = 0;
    await db.tx(async (q) => {
      const { order, selfRef } = await tablesInOrder(q);
      const counts: Record<string, number> = {};
      let table: TableLine | null = null;
      let pending: string[] = [];
      const flush = async () => {
        if (!table || !pending.length) return;
        const cols = table.columns.map(ident).join(', ');
        await q.query(
          `INSERT INTO public.${ident(table.table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::public.${ident(table.table)}, $1::json)`,
          ['[' + pending.join(',') + ']'],
        );
        counts[table.table] = (counts[table.table] ?? 0) + pending.length;
        total += pending.length;
        pending = [];
      };
      const tables = (await q.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
      )).map((r) => r.name);
      // The tables' own triggers (running totals) would count the restored rows a second time: the totals are
      // restored as they were. Foreign-key checks stay on.
      for (const t of tables) await q.query(`ALTER TABLE public.${ident(t)} DISABLE TRIGGER USER`);
      // Rows a migration seeded into the empty schema (a job cursor) give way to the backup's.
      for (const t of [...order].reverse()) if (t !== 'schema_migrations') await q.query(`DELETE FROM public.${ident(t)}`);
      for (;;) {
        const line = await next();
        if (line === null) throw new LogicalBackupError('the backup is cut short (no end line)');
        if (line.startsWith('[')) {
          const [kind, value] = JSON.parse(line) as [string, unknown];
          await flush();
          if (kind === TABLE) {
            table = value as TableLine;
            if (!tables.includes(table.table)) throw new LogicalBackupError(`unknown table ${table.table}`);
            const columns = new Set(await columnsOf(q, table.table));
            const missing = table.columns.filter((c) => !columns.has(c));
            if (missing.length) throw new LogicalBackupError(`table ${table.table} has no column ${missing.join(', ')}`);
            continue;
          }
          table = null;
          if (kind === SEQUENCES) {
            for (const sq of value as SequenceValue[]) {
              await q.query(`SELECT setval($1::regclass, $2, $3)`, [`public.${ident(sq.name)}`, sq.value, sq.called]);
            }
            continue;
          }
          if (kind === END) {
            for (const [t, n] of Object.entries(value as Record<string, number>)) {
              if ((counts[t] ?? 0) !== n) throw new LogicalBackupError(`table ${t}: ${counts[t] ?? 0} rows read, ${n} written by the backup`);
            }
            break;
          }
          throw new LogicalBackupError(`unknown line ${kind}`);
        }
        if (!table) throw new LogicalBackupError('a row before its table');
        pending.push(line);
        // A table that references itself is loaded in one statement, so a row may come before its parent.
        if (pending.length >= BATCH && !selfRef.has(table.table)) await flush();
      }
      for (const t of tables) await q.query(`ALTER TABLE public.${ident(t)} ENABLE TRIGGER USER`);
    });
    await migrate(db);
    return { rows: total };
  } finally {
    lines.close();
  }
}
