// Kill -9 under write load: the real server (src/server/main.ts) runs as a child process, clients write
// through the API, the server is killed with SIGKILL at a random moment, started again, and every write
// it acknowledged (a 201 received) must be there. Used by tests/integration/kill9.test.ts (a few rounds)
// and bench/kill9.ts (20 rounds per database).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './postgres';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Kill9Target = { env: Record<string, string>; orgId: string; username: string; password: string };
export type RoundResult = {
  /** foundAcknowledged and unacknowledgedButStored count every round so far. */
  round: number; acknowledged: number; failed: number; foundAcknowledged: number; unacknowledgedButStored: number;
  startMs: number; cleanStart: boolean;
};

type Server = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHIBO_BACKUP_KEEP: '0', CHIBO_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} at start:\n${out}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => out, exited };
}

async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('chibo_session='));
  return cookie!.split(';')[0];
}

async function storedNames(base: string, cookie: string, orgId: string): Promise<Set<string>> {
  const res = await fetch(`${base}/api/orgs/${orgId}/partners`, { headers: { cookie } });
  if (!res.ok) throw new Error(`list ${res.status} ${await res.text()}`);
  return new Set(((await res.json()) as { name: string }[]).map((p) => p.name));
}

/**
 * Runs `rounds` rounds against the database the env points the server at (prepared: migrated, with an
 * account that may add partner units to orgId). Each round: start, check every write acknowledged so far,
 * write with `workers` concurrent clients, SIGKILL at a random moment 0.5–2 s after the first acknowledged write. A last start checks the last round.
 */
export async function killRounds(
  target: Kill9Target, rounds: number, opts: { workers?: number; log?: (line: string) => void } = {},
): Promise<RoundResult[]> {
  const workers = opts.workers ?? 8;
  const acknowledged = new Set<string>();
  const attempted = new Set<string>();
  const results: RoundResult[] = [];
  let pending: Omit<RoundResult, 'foundAcknowledged' | 'unacknowledgedButStored' | 'startMs' | 'cleanStart'> | null = null;
  for (let round = 1; round <= rounds + 1; round++) {
    const t0 = Date.now();
    const server = await startServer(target.env);
    const startMs = Date.now() - t0;
    const base = `http://127.0.0.1:${server.port}`;
    const cookie = await login(base, target.username, target.password);
    const stored = await storedNames(base, cookie, target.orgId);
    if (pending) {
      const found = [...acknowledged].filter((n) => stored.has(n)).length;
      const extra = [...attempted].filter((n) => !acknowledged.has(n) && stored.has(n)).length;
      // A clean start: nothing on the server's output but its own "listening" line.
      const cleanStart = server.output().split('\n').filter((l) => l.trim() && !l.startsWith('chibo: http')).length === 0;
      const r = { ...pending, foundAcknowledged: found, unacknowledgedButStored: extra, startMs, cleanStart };
      results.push(r);
      opts.log?.(`round ${r.round}: acknowledged ${acknowledged.size} in total (${r.acknowledged} this round), found after restart ${found}, ` +
        `in flight and stored anyway ${extra}, failed ${r.failed}, restart ${startMs} ms${cleanStart ? '' : ' (NOT clean: ' + server.output() + ')'}`);
      if (found !== acknowledged.size || !cleanStart) break;
    }
    if (round > rounds) {
      server.child.kill('SIGTERM');
      await server.exited;
      break;
    }
    let stop = false;
    let ok = 0;
    let failed = 0;
    let seq = 0;
    const worker = async (w: number) => {
      while (!stop) {
        const name = `kill9 r${round} w${w} #${++seq}`;
        attempted.add(name);
        try {
          const res = await fetch(`${base}/api/orgs/${target.orgId}/partners`, {
            method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ kind: 'other', name }),
          });
          await res.text();
          if (res.status === 201) {
            acknowledged.add(name);
            ok++;
          } else {
            failed++;
          }
        } catch {
          failed++; // the connection died with the server: not acknowledged
          return;
        }
      }
    };
    const load = Promise.all(Array.from({ length: workers }, (_, w) => worker(w + 1)));
    // Once writes flow (the first one acknowledged), kill at a random moment 0.5–2 s later.
    for (let waited = 0; ok === 0 && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500 + Math.random() * 1500));
    server.child.kill('SIGKILL');
    await server.exited;
    stop = true;
    await load;
    pending = { round, acknowledged: ok, failed };
  }
  return results;
}
