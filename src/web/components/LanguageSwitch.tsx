import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/language';
import { Glyph, ICONS } from './light';

/** One button that switches between Vietnamese and English; its text is in the language it switches to (plain HTML). */
export function LanguageSwitch({ compact = false, onChanged }: { compact?: boolean; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <button
      type="button"
      className="btn btn-text lang-switch"
      lang={next}
      aria-label={compact ? t('lang.switchLabel') : undefined}
      title={t('lang.switchLabel')}
      onClick={async () => {
        await setLanguage(next);
        onChanged?.();
      }}
    >
      <Glyph d={ICONS.globe} />
      <span>{compact ? next.toUpperCase() : t('lang.switchTo')}</span>
    </button>
  );
}
