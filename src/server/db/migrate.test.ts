import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { splitStatements } from './migrate';

describe('splitStatements', () => {
  it('splits at semicolons that end a line, dropping comments', () => {
    expect(splitStatements('-- a table;\nCREATE TABLE a (x int);\nCREATE INDEX a_x ON a (x);\n')).toEqual([
      'CREATE TABLE a (x int)', 'CREATE INDEX a_x ON a (x)',
    ]);
  });
  it('keeps a function body between $$ quotes in one statement', () => {
    const sql = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no';
  RETURN NULL;
END
$$;
CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();`;
    const parts = splitStatements(sql);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^CREATE FUNCTION[\s\S]*RETURN NULL;\nEND\n\$\$$/);
    expect(parts[1]).toBe('CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f()');
  });
  it('splits every shipped migration the same way as before for files without function bodies', () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.sql'))) {
      const sql = fs.readFileSync(path.join(dir, f), 'utf8');
      if (sql.includes('$$')) continue;
      const old = sql.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter((s) => s.length > 0);
      expect(splitStatements(sql), f).toEqual(old);
    }
  });
});
