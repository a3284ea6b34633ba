// A small HTTP load generator: a bounded number of requests (and a time budget) through a pool of
// `concurrency` workers using fetch, with per-request latencies.

export type Req = { method?: string; path: string; cookie?: string; body?: unknown; headers?: Record<string, string> };
export type Outcome = { latencies: number[]; wallMs: number; errors: string[]; queries: number };

export async function send(base: string, r: Req): Promise<{ status: number; text: string; headers: Headers }> {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.cookie) headers.cookie = r.cookie;
  if (r.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + r.path, {
    method: r.method ?? 'GET', headers, body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/**
 * Sends up to `n` requests made by `make(i)`, `concurrency` at a time, stopping early when `budgetMs`
 * has passed (a slow scenario then reports fewer requests rather than holding the run for minutes).
 */
export async function run(
  base: string, make: (i: number) => Req, opts: { n: number; concurrency: number; budgetMs: number; expect?: number },
  queryCount: () => number,
): Promise<Outcome> {
  const latencies: number[] = [];
  const errors: string[] = [];
  const q0 = queryCount();
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < opts.n && performance.now() - start < opts.budgetMs) {
      const i = next++;
      const t = performance.now();
      const res = await send(base, make(i));
      latencies.push(performance.now() - t);
      if (res.status !== (opts.expect ?? 200) && errors.length < 5) errors.push(`${res.status} ${res.text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return { latencies, wallMs: performance.now() - start, errors, queries: queryCount() - q0 };
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
