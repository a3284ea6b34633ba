import { useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from 'i18next';
import { ApiError } from '../api/client';
import { errorText } from '../lib/errors';

/** The file name the server gives (Content-Disposition: filename*=UTF-8''… or filename="…"). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* a malformed name: the plain one, or the fallback */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * A link to a document the server renders (minutes, notices, sheets, reports). A plain `<a download>` shows the
 * server's refusal (503 render_busy, 409 resolution_not_adopted …) as raw JSON or a failed download; this link fetches
 * the file first and, on an error, shows the server's message in the user's language under the link. The href stays,
 * so a long press or "open in a new tab" still works. Every document link of the web app is one of these.
 */
export function DocLink({ href, children, className, icon, title }: { href: string; children: ReactNode; className?: string; icon?: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async (e: MouseEvent<HTMLAnchorElement>) => {
    // A click with a modifier (new tab, save as) is the browser's own.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      let res: Response;
      try {
        res = await fetch(href, { credentials: 'same-origin', headers: { 'accept-language': i18n.language === 'en' ? 'en' : 'vi' } });
      } catch {
        throw new ApiError(0, 'network', '');
      }
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
        throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? '');
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(res.headers.get('content-disposition'), decodeURIComponent(new URL(href, location.href).pathname.split('/').pop() || 'document'));
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="doc-link">
      <a href={href} download className={className ?? 'btn'} onClick={(e) => void open(e)} aria-busy={busy || undefined} title={title}>
        {busy ? <span className="spinner spinner-dark" aria-hidden /> : icon}
        <span>{children}</span>
      </a>
      {error ? (
        <span className="doc-link-error" role="alert">
          {errorText(error, t)}
        </span>
      ) : null}
    </span>
  );
}
