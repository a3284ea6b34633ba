import type { QueryClient } from '@tanstack/react-query';

/** An API answer a first screen rendered on the server shows, under the query key the screen reads it with. */
export type FirstScreenAnswer = { key: readonly unknown[]; url: string; data: unknown };

/** What the server puts beside a screen it rendered (src/server/web-index.ts): its language, when, and the answers. */
export type FirstScreenState = { lang: string; at: number; answers: FirstScreenAnswer[] };

/** The id of the JSON script element carrying it. */
export const FIRST_SCREEN_ID = 'chibo-first-screen';

/** The answers of a screen the server rendered (none otherwise), put into the query cache as they were then. */
export function takeFirstScreen(qc: QueryClient): FirstScreenState | null {
  const el = document.getElementById(FIRST_SCREEN_ID);
  if (!el) return null;
  el.remove();
  try {
    const state = JSON.parse(el.textContent ?? '') as FirstScreenState;
    for (const a of state.answers) qc.setQueryData(a.key, a.data, { updatedAt: state.at });
    return state;
  } catch {
    return null;
  }
}

/**
 * Once the app runs: asks again, in the background, for the answers the server put in the page, so that the
 * service worker keeps them for a reload with no connection (it keeps what passes through it; these did not).
 */
export function keepFirstScreenOffline(state: FirstScreenState): void {
  if ( !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1000));
  later(() => {
    for (const { url } of state.answers) void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
  });
}
