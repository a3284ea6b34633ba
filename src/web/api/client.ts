import i18n from 'i18next';

/** A thin fetch wrapper: JSON in and out, the session cookie rides along, errors carry the server's localized message. */
export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public details?: unknown,
  ) {
    super(message);
  }
}

type Options = { method?: string; body?: unknown; form?: FormData; signal?: AbortSignal; headers?: Record<string, string>; direct?: boolean };

/** A write the device may keep and send later (src/web/offline/outbox.ts); null: send it now as usual. */
type WriteInterceptor = (method: string, path: string, body: unknown) => Promise<unknown> | null;
let interceptWrite: WriteInterceptor | null = null;
export function setWriteInterceptor(fn: WriteInterceptor | null) {
  interceptWrite = fn;
}

export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const method = opts.method ?? (opts.form || opts.body !== undefined ? 'POST' : 'GET');
  if (interceptWrite && !opts.direct && !opts.form && method !== 'GET') {
    const kept = interceptWrite(method, path, opts.body);
    if (kept) return kept as Promise<T>;
  }
  // The server localizes messages by the chibo_lang cookie, else Accept-Language: send the UI's language.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language === 'en' ? 'en' : 'vi', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', '');
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? '', e?.details);
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>(path);
export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const del = <T>(path: string) => api<T>(path, { method: 'DELETE' });

/** Builds a query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? '?' + out : '';
}
