import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, following the window (and the system's settings) while the app is open.
 * onServer: what a page drawn on the server assumes (src/web/ssr.tsx); the browser corrects it once it takes over.
 */
export function useMediaQuery(query: string, onServer = false): boolean {
  return useSyncExternalStore(
    (changed) => {
      const q = window.matchMedia(query);
      q.addEventListener('change', changed);
      return () => q.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
    () => onServer,
  );
}
