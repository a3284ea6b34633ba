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
