import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './index';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migration files this chibo has, in the order they run. */
export function migrationNames(): string[] {
  return fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
}

/**
 * Applies the SQL files in migrations/ in name order, each once and in its own transaction. `only` limits
 * them to the named ones (a restore first builds the schema its backup was made with).
 */
export async function migrate(db: Db, opts: { only?: ReadonlySet<string> } = {}): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  // Instances of a PostgreSQL deployment may start together: one migrates, the others wait.
  const lock = db.kind === 'postgres';
  const applied: string[] = [];
  const files = migrationNames().filter((f) => !opts.only || opts.only.has(f));
  await db.tx(async (q) => {
    if (lock) await q.query('SELECT pg_advisory_xact_lock(727274)');
    const done = new Set((await q.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
      for (const statement of splitStatements(sql)) await q.query(statement);
      await q.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
  });
  return applied;
}

/**
 * Splits a migration on semicolons at line ends; migrations keep one statement per such block. A function
 * body between $$ quotes is one statement with the CREATE FUNCTION around it, whatever its lines end with.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of sql.split('\n')) {
    current.push(line);
    if (!inBody && /^\s*--/.test(line)) continue;
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      out.push(current.join('\n').replace(/;\s*$/, ''));
      current = [];
    }
  }
  out.push(current.join('\n'));
  return out.map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter((s) => s.length > 0);
}
