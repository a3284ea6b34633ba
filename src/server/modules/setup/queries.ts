import type { Queryable } from '../../db/index';

/** The setup module's SQL. Each function is one statement (or one read) with the row type it returns. */

/** How many units and accounts there are together (0: chibo still needs setting up). */
export const countUnitsAndAccounts = async (q: Queryable) =>
  (await q.one<{ n: number }>('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM accounts) AS n'))!.n;

export async function insertPerson(q: Queryable, p: { fullName: string; nameSearch: string }): Promise<string> {
  const row = await q.one<{ id: string }>('INSERT INTO people (full_name, name_search) VALUES ($1, $2) RETURNING id', [p.fullName, p.nameSearch]);
  return row!.id;
}
