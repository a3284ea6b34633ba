import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The web takes its wire types from the server's schemas through contract.ts. These tests prove the
// two halves of that promise: no server code can reach the bundle, and a changed schema breaks the
// web's type check (the first test of `npm test`) instead of a screen.
const root = path.resolve(__dirname, '../../..');
const web = path.join(root, 'src/web');
const contract = path.join(web, 'api/contract.ts');

function webFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return webFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the web contract', () => {
  it('is the only door from src/web to src/server, and lets types through only', () => {
    const offenders: string[] = [];
    for (const file of webFiles(web)) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const target = path.resolve(path.dirname(file), m[3]);
        if (!target.startsWith(path.join(root, 'src/server'))) continue;
        if (file !== contract) offenders.push(`${path.relative(root, file)} imports ${m[3]}`);
        else if (!m[2]) offenders.push(`contract.ts: '${m[0].split('\n')[0]}' is not type-only`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('breaks the web type check when a response schema changes', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const roots = [path.join(web, 'pages/org/Partners.tsx'), path.join(web, 'api/audit.ts')];
    const schemaFiles: Record<string, [RegExp, string]> = {
      [path.join(root, 'src/server/modules/partners/schemas.ts')]: [/\bfullName: Type\.String\(\)/, 'name: Type.String()'],
      [path.join(root, 'src/server/modules/audit/schemas.ts')]: [/\bnextBefore:/, 'next:'],
    };
    let previous: ts.Program | undefined;
    const check = (changed: boolean) => {
      const host = ts.createCompilerHost(config.options);
      const read = host.readFile.bind(host);
      host.readFile = (f) => {
        const text = read(f);
        const edit = schemaFiles[path.resolve(f)];
        if (!changed || !edit || text === undefined) return text;
        expect(text).toMatch(edit[0]);
        return text.replace(edit[0], edit[1]);
      };
      // The second program reuses the first one's unchanged files (react, antd…): only the edited schemas are parsed again.
      const program = ts.createProgram(roots, config.options, host, previous);
      previous = program;
      return roots.map((r) => ts.getPreEmitDiagnostics(program, program.getSourceFile(r)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
    };
    expect(check(false)).toEqual([[], []]);
    const [partners, audit] = check(true);
    expect(partners.join('\n')).toMatch(/fullName/);
    expect(audit.join('\n')).toMatch(/nextBefore/);
  }, 180_000);
});
