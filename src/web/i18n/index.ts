import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi';
import meetingsVi from './meetings.vi';
import fieldVi from './field.vi';
import oversightVi from './oversight.vi';
import supervisionVi from './supervision.vi';
import plansVi from './plans.vi';
import trainingVi from './training.vi';
import reviewsVi from './reviews.vi';
import rulesVi from './rules.vi';
import { dashboardNav } from './dashboard-nav';
import followupVi from './followup.vi';
import type { Locale } from '../api/types';

export const STORAGE_KEY = 'chibo_lang';

/** False when the app is rendered on the server (src/web/ssr.tsx): no page, no storage. */
const inBrowser = typeof document !== 'undefined';

function cookieLocale(): Locale | null {
  if (!inBrowser) return null;
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
if (inBrowser) document.documentElement.lang = lng;

/** Loads a language's texts when they are not in the first download (English); Vietnamese always is. */
export async function ensureLocale(l: Locale): Promise<void> {
  if (l !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const m = await import('./en.bundle');
  i18n.addResourceBundle('en', 'translation', m.default);
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...vi, mtg: meetingsVi, rules: rulesVi, ovs: oversightVi, dash: dashboardNav.vi, field: fieldVi, fu: followupVi, sup: supervisionVi, plan: plansVi, trn: trainingVi, rev: reviewsVi } },
  },
  lng,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Remembered English: shown in Vietnamese for the moment its texts take to load (a page the server drew in English
// waits for them before the app takes it over, src/web/main.tsx).
export const localeReady: Promise<unknown> = lng === 'en' ? ensureLocale('en').then(() => i18n.changeLanguage('en')) : Promise.resolve();

i18n.on('languageChanged', (l) => {
  if (inBrowser) document.documentElement.lang = l;
});

export default i18n;
