// The module template (docs/architecture.md) kept by every folder under src/server/modules: the template's files,
// SQL only in queries*.ts, request and response schemas only in schemas.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../src/server/modules');
const modules = fs.readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const filesOf = (m: string) => fs.readdirSync(path.join(ROOT, m)).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).sort();

const isQueries = (f: string) => /^queries(-[a-z0-9-]+)?\.ts$/.test(f);
const isRoutes = (f: string) => /^routes(-[a-z0-9-]+)?\.ts$/.test(f);
/** Files of the template that are not services: routes, schemas, queries, presenters, and a module's message words. */
const isTemplate = (f: string) => isRoutes(f) || isQueries(f) || ['schemas.ts', 'presenters.ts', 'messages.ts'].includes(f);

/** Modules without some of the template's files, each with the reason (written at the top of its routes.ts too). */
const WITHOUT: Record<string, { files: string[]; reason: string }> = {
  health: { files: ['presenters.ts', 'service'], reason: 'one route that asks the database to answer: nothing to decide, no record to present' },
};

/**
 * Files that still run SQL outside their module's queries (to move there; the list only shrinks: the test fails when a
 * file listed here no longer holds SQL, so that it is taken off).
 */
const SQL_PENDING: string[] = [];

/** Code without comments, so that a comment naming a statement is not taken for SQL. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const SQL = /\b(SELECT\s+(?:1\b|[\s\S]{1,600}?\bFROM\s)|INSERT\s+INTO\s|UPDATE\s+[a-z_]+\s+(?:[a-z]+\s+)?SET\s|DELETE\s+FROM\s)/;

describe('the module template', () => {
  it.each(modules)('%s has routes.ts, schemas.ts, queries.ts, presenters.ts and a service', (m) => {
    const files = filesOf(m);
    const have = {
      'routes.ts': files.includes('routes.ts'),
      'schemas.ts': files.includes('schemas.ts'),
      'queries.ts': files.some(isQueries),
      'presenters.ts': files.includes('presenters.ts'),
      service: files.some((f) => !isTemplate(f)),
    };
    const missing = Object.entries(have).filter(([, ok]) => !ok).map(([f]) => f);
    expect(missing, `${m} lacks ${missing.join(', ')}`).toEqual(WITHOUT[m]?.files ?? []);
  });

  it('has no SQL outside the queries files of the modules', () => {
    const found = modules.flatMap((m) => filesOf(m).filter((f) => !isQueries(f)).map((f) => `${m}/${f}`))
      .filter((f) => SQL.test(code(fs.readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(found.filter((f) => !SQL_PENDING.includes(f)), 'SQL outside queries*.ts').toEqual([]);
    expect(SQL_PENDING.filter((f) => !found.includes(f)), 'listed as pending but holds no SQL any more').toEqual([]);
  });

  it('keeps the schemas of the routes in schemas.ts', () => {
    const inline = modules.flatMap((m) => filesOf(m).filter(isRoutes).map((f) => `${m}/${f}`))
      .filter((f) => /\bType\.[A-Z]/.test(code(fs.readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(inline, 'TypeBox schemas written inside routes').toEqual([]);
  });

  it('recognises SQL and only SQL', () => {
    expect(SQL.test("q.query('SELECT id FROM orgs WHERE id = $1')")).toBe(true);
    expect(SQL.test('`UPDATE meetings m SET status = $2`')).toBe(true);
    expect(SQL.test("`INSERT INTO audit_log (id) VALUES ($1)`")).toBe(true);
    expect(SQL.test("await q.query('SELECT 1')")).toBe(true);
    expect(SQL.test("const label = 'Select the members from the list'")).toBe(false);
    expect(code('// SELECT id FROM orgs is done in queries.ts\nconst x = 1;')).not.toMatch(SQL);
  });
});
