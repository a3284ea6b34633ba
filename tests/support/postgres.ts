import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster from the machine's own initdb/pg_ctl, on a free loopback port.
 * The server refuses to run as root, so as root the cluster runs as the postgres user.
 */
export type Cluster = { url: string; stop: () => void };

function findBin(name: string): string {
  const candidates = [process.env.PG_BINDIR, ...listPgBinDirs()].filter(Boolean) as string[];
  for (const dir of candidates) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  const which = spawnSync('which', [name], { encoding: 'utf8' });
  if (which.status === 0) return which.stdout.trim();
  throw new Error(
    `${name} not found: the integration tests need PostgreSQL server binaries (Debian: apt-get install postgresql-15). ` +
      `Set PG_BINDIR to their folder.`,
  );
}

function listPgBinDirs(): string[] {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(base, v, 'bin'));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-pg-'));
  const dataDir = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const;
    execFileSync(full[0], full[1] as string[], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  run(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  run(pgCtl, [
    '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
