// The demo loads through the modules, not around them (docs/architecture.md): src/server/demo generates the commune's
// story and hands it to the modules' services and history functions, which check their rules and hold the SQL. The
// demo writes nothing itself, and reads what it needs back (whether the database is empty; what is overdue or waiting,
// for the notifications) through the modules' services too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = path.resolve(__dirname, '../../src/server/demo');
const files = fs.readdirSync(DEMO).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f)).sort();

/** Code without comments, so that a comment naming a statement is not taken for SQL. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const WRITE = /\b(INSERT\s+INTO\s|UPDATE\s+[a-z_]+\s+(?:[a-z]+\s+)?SET\s|DELETE\s+FROM\s|COPY\s+[a-z_]+\s)/i;
const READ = /\bSELECT\s+(?:1\b|[\s\S]{1,600}?\bFROM\s)/;

describe('the demo', () => {
  it('writes nothing with SQL of its own: every row goes through a module', () => {
    expect(files.filter((f) => WRITE.test(code(fs.readFileSync(path.join(DEMO, f), 'utf8'))))).toEqual([]);
  });

  it('reads with no SQL of its own: every read goes through a module', () => {
    expect(files.filter((f) => READ.test(code(fs.readFileSync(path.join(DEMO, f), 'utf8')))), 'SQL reads in the demo').toEqual([]);
  });

  it('has no raw multi-row insert helper left', () => {
    const raw = files.filter((f) => /\binsertRows\b/.test(fs.readFileSync(path.join(DEMO, f), 'utf8')));
    expect(raw).toEqual([]);
  });
});
