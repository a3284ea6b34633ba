import { useTranslation } from 'react-i18next';
import { ruleText } from '../../domain/meetings/rule-messages';

/** Words a rule's code and parameters in the UI's language, from the domain's catalogue. */
export function useRuleText() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (code: string, params?: Record<string, unknown>) => ruleText(lang, code, params);
}
