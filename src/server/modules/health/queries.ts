import type { Queryable } from '../../db/index';

/** The database answers a query (it is up and the connection works). */
export async function ping(q: Queryable): Promise<void> {
  await q.query('SELECT 1');
}
