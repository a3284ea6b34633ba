import i18n, { STORAGE_KEY, ensureLocale } from '../i18n';
import { saveLocale } from '../api/auth';
import type { Locale } from '../api/contract';

/** Switches the UI language and remembers it in this browser and (through the server) in a cookie and the account. */
export async function setLanguage(l: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, l);
  } catch {
    /* private mode: the cookie still remembers */
  }
  await ensureLocale(l);
  await i18n.changeLanguage(l);
  try {
    await saveLocale(l);
  } catch {
    /* offline: the local choice stands */
  }
}

export const currentLocale = (): Locale => (i18n.language === 'en' ? 'en' : 'vi');
