// A Db that counts the statements the application sends (so that a benchmark reports queries per
// request, which shows an N+1 pattern at once) and can record them with their parameters (so that the
// exact query behind a request can be EXPLAINed).
import type { Db, Queryable } from '../src/server/db/index';

export type Recorded = { sql: string; params: unknown[] };

export type CountingDb = Db & { readonly stats: { queries: number }; record: Recorded[] | null };

export function countingDb(inner: Db): CountingDb {
  const stats = { queries: 0 };
  const self = { record: null as Recorded[] | null };
  const note = (sql: string, params?: unknown[]) => {
    stats.queries++;
    self.record?.push({ sql, params: params ?? [] });
  };
  const wrapQ = (q: Queryable): Queryable => ({
    query: (sql, params) => { note(sql, params); return q.query(sql, params); },
    one: (sql, params) => { note(sql, params); return q.one(sql, params); },
  });
  const db: CountingDb = {
    kind: inner.kind,
    stats,
    get record() { return self.record; },
    set record(r) { self.record = r; },
    ...wrapQ(inner),
    tx: (fn) => inner.tx((q) => fn(wrapQ(q))),
    exec: (sql) => { note(sql); return inner.exec(sql); },
    close: () => inner.close(),
  };
  return db;
}
