import { useSyncExternalStore } from 'react';
import { put } from '../api/client';

// Large-text mode for older members: the whole app's type a quarter larger (html.large-text scales the rem-based
// styles, the antd theme its px-based components). A setting of the account, so it follows the person to any
// phone; this browser remembers it too, so that the first paint (and the login page, and a page opened offline)
// already has it.
const KEY = 'chibo_large_text';
/** How much larger everything reads in large-text mode. */
export const LARGE_TEXT_SCALE = 1.25;

const listeners = new Set<() => void>();
let large = read();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function apply(v: boolean) {
  large = v;
  // Rendered on the server (src/web/ssr.tsx): the page's <html> gets the account's setting there.
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle('large-text', v);
  try {
    if (v) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the account still remembers */
  }
  listeners.forEach((l) => l());
}
apply(large);

/** The account's setting as the server gives it (after sign-in, or on another phone): this browser follows it. */
export function followAccount(v: boolean) {
  if (v !== large) apply(v);
}

/** Turns large-text mode on or off here and on the account. */
export async function setLargeText(v: boolean): Promise<void> {
  apply(v);
  await put('/api/auth/text-size', { large: v });
}

export function useLargeText(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => large,
    () => false,
  );
}
