// The demo loads through the modules, not around them (docs/architecture.md): src/server/demo generates the commune's
// story and hands it to the modules' services and history functions, which check their rules and hold the SQL. The
// demo writes nothing itself; it still reads back a few facts of what it loaded (a database is empty; the
// notifications of what is overdue or waiting), listed below to move when a module offers the read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = path.resolve(__dirname, '../../src/server/demo');
const files = fs.readdirSync(DEMO).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f)).sort();

/** Code without comments, so that a comment naming a statement is not taken for SQL. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const WRITE = /\b(INSERT\s+INTO\s|UPDATE\s+[a-z_]+\s+(?:[a-z]+\s+)?SET\s|DELETE\s+FROM\s|COPY\s+[a-z_]+\s)/i;
const READ = /\bSELECT\s+(?:1\b|[\s\S]{1,600}?\bFROM\s)/;
/** Files that still read with SQL of their own (the list only shrinks: a file listed that no longer reads fails the test). */
const READS_PENDING = ['load.ts', 'notifications.ts'];

describe('the demo', () => {
  it('writes nothing with SQL of its own: every row goes through a module', () => {
    expect(files.filter((f) => WRITE.test(code(fs.readFileSync(path.join(DEMO, f), 'utf8'))))).toEqual([]);
  });

  it('reads with SQL of its own only where listed', () => {
    const reading = files.filter((f) => READ.test(code(fs.readFileSync(path.join(DEMO, f), 'utf8'))));
    expect(reading.filter((f) => !READS_PENDING.includes(f)), 'SQL reads in the demo').toEqual([]);
    expect(READS_PENDING.filter((f) => !reading.includes(f)), 'listed as reading but reads no more').toEqual([]);
  });

  it('has no raw multi-row insert helper left', () => {
    const raw = files.filter((f) => /\binsertRows\b/.test(fs.readFileSync(path.join(DEMO, f), 'utf8')));
    expect(raw).toEqual([]);
  });
});
