// A PostgreSQL cluster kept in a folder between benchmark runs (same settings as tests/support/postgres.ts: fsync and
// synchronous commit off). `stop()` stops the server and keeps the data; the next run starts it again.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../tests/support/postgres';

function bin(name: string): string {
  const base = '/usr/lib/postgresql';
  const dirs = [process.env.PG_BINDIR, ...(fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)).map((v) => path.join(base, v, 'bin')) : [])];
  for (const d of dirs) if (d && fs.existsSync(path.join(d, name))) return path.join(d, name);
  return name;
}

export async function keptCluster(dir: string): Promise<{ url: string; stop: () => void; reused: boolean }> {
  const asRoot = process.getuid?.() === 0;
  const dataDir = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const;
    execFileSync(full[0], full[1] as string[], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const reused = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!reused) {
    fs.mkdirSync(dir, { recursive: true });
    if (asRoot) {
      fs.chmodSync(dir, 0o755);
      execFileSync('chown', ['postgres:postgres', dir]);
    }
    run(bin('initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  }
  const port = await freePort();
  run(bin('pg_ctl'), [
    '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '120', 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
  ]);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, reused, stop: () => run(bin('pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']) };
}
