import { useTranslation } from 'react-i18next';

/** A page on its way: a spinner in plain CSS (no component library, so the first screen stays light). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}

/**
 * The app on its way, past the login page: the header's red bar already there (the server sends the same bar in a
 * member's first screens' HTML, src/server/web-index.ts, so the page shows at once and does not blink).
 */
export function AppLoading() {
  const path = typeof window === 'undefined' ? '' : window.location.pathname;
  if (path.startsWith('/login') || path.startsWith('/setup')) return <PageLoading />;
  return (
    <div className="shell">
      <header className="app-header">
        <span className="brand">chibo</span>
      </header>
      <PageLoading />
    </div>
  );
}
