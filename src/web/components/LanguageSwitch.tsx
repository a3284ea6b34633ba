import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/language';

/** One button that switches between Vietnamese and English; its text is in the language it switches to. */
export function LanguageSwitch({ compact = false, onChanged }: { compact?: boolean; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      lang={next}
      aria-label={compact ? t('lang.switchLabel') : undefined}
      title={t('lang.switchLabel')}
      onClick={async () => {
        await setLanguage(next);
        onChanged?.();
      }}
      className="lang-switch"
    >
      {compact ? next.toUpperCase() : t('lang.switchTo')}
    </Button>
  );
}
