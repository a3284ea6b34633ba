import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following the window (and the system's settings) while the app is open. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const q = window.matchMedia(query);
      q.addEventListener('change', changed);
      return () => q.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
