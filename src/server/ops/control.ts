// A running server owns the embedded database (PGlite allows one process): the operator's commands
// (`npm run backup`, `npm run verify-minutes`) ask it through request files in the data directory. Only
// someone who may write into the data directory can ask, the same people who could open the database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type ControlHandlers = Record<string, (args: Record<string, unknown>) => Promise<unknown>>;

const controlDir = (dataDir: string) => path.join(dataDir, 'control');

function writeAtomic(file: string, data: string): void {
  fs.writeFileSync(file + '.tmp', data);
  fs.renameSync(file + '.tmp', file);
}

/** Server side: answers request files every `everyMs`. Returns a function that stops it. */
export function serveControl(dataDir: string, handlers: ControlHandlers, everyMs = 500): () => void {
  const dir = controlDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.request.json'))) {
        const id = name.slice(0, -'.request.json'.length);
        const working = path.join(dir, `${id}.working`);
        try {
          fs.renameSync(path.join(dir, name), working);
        } catch {
          continue; // taken or gone
        }
        let answer: { ok: true; result: unknown } | { ok: false; error: string };
        try {
          const req = JSON.parse(fs.readFileSync(working, 'utf8')) as { op: string; args?: Record<string, unknown> };
          const handler = handlers[req.op];
          if (!handler) throw new Error(`unknown operation ${req.op}`);
          answer = { ok: true, result: await handler(req.args ?? {}) };
        } catch (err) {
          answer = { ok: false, error: (err as Error).message };
        }
        writeAtomic(path.join(dir, `${id}.response.json`), JSON.stringify(answer));
        fs.rmSync(working, { force: true });
      }
    } catch {
      /* the directory went away: nothing to answer */
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Command side: asks the running server and waits for its answer. */
export async function askServer<T>(dataDir: string, op: string, args: Record<string, unknown> = {}, timeoutMs = 600_000): Promise<T> {
  const dir = controlDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const id = `${Date.now()}-${crypto.randomBytes(4).toString('hex')}`;
  writeAtomic(path.join(dir, `${id}.request.json`), JSON.stringify({ op, args }));
  const response = path.join(dir, `${id}.response.json`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(response)) {
      const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { ok: boolean; result?: T; error?: string };
      fs.rmSync(response, { force: true });
      if (!answer.ok) throw new Error(answer.error);
      return answer.result as T;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fs.rmSync(path.join(dir, `${id}.request.json`), { force: true });
  throw new Error(
    `Máy chủ chibo không trả lời sau ${Math.round(timeoutMs / 1000)} giây / the running chibo server did not answer in time`,
  );
}
