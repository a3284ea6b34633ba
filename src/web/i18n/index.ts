import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi';
import en from './en';
import meetingsVi from './meetings.vi';
import meetingsEn from './meetings.en';
import fieldVi from './field.vi';
import fieldEn from './field.en';
import oversightVi from './oversight.vi';
import oversightEn from './oversight.en';
import supervisionVi from './supervision.vi';
import supervisionEn from './supervision.en';
import plansVi from './plans.vi';
import plansEn from './plans.en';
import rulesVi from './rules.vi';
import rulesEn from './rules.en';
import { dashboardNav } from './dashboard-nav';
import followupVi from './followup.vi';
import followupEn from './followup.en';
import type { Locale } from '../api/types';

export const STORAGE_KEY = 'chibo_lang';

function cookieLocale(): Locale | null {
  const m = /(?:^|;\s*)chibo_lang=(vi|en)\b/.exec(document.cookie);
  return m ? (m[1] as Locale) : null;
}

/** The remembered choice: this browser's storage, then the cookie the server set, then Vietnamese. */
export function initialLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (stored === 'vi' || stored === 'en') return stored;
  return cookieLocale() ?? 'vi';
}

export function hasStoredLocale(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

const lng = initialLocale();
document.documentElement.lang = lng;

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...vi, mtg: meetingsVi, rules: rulesVi, ovs: oversightVi, dash: dashboardNav.vi, field: fieldVi, fu: followupVi, sup: supervisionVi, plan: plansVi } },
    en: { translation: { ...en, mtg: meetingsEn, rules: rulesEn, ovs: oversightEn, dash: dashboardNav.en, field: fieldEn, fu: followupEn, sup: supervisionEn, plan: plansEn } },
  },
  lng,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (l) => {
  document.documentElement.lang = l;
});

export default i18n;
