/// <reference types="vite/client" />
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './fonts.css';
import './styles.css';
import { initialLocale, localeReady } from './i18n';
import { App } from './App';
import { ApiError } from './api/client';
import { authKeys } from './api/auth';
import { warmFirstScreen } from './warm';
import { keepFirstScreenOffline, takeFirstScreen } from './first-screen';

const queryClient: QueryClient = new QueryClient({
  // An expired or revoked session: forget the account, and the app goes to the login page.
  queryCache: new QueryCache({
    onError: (err) => {
      if (err instanceof ApiError && err.status === 401) queryClient.setQueryData(authKeys.me, null);
    },
  }),
  defaultOptions: {
    queries: {
      // Permission and not-found answers do not change on retry; a weak village connection might.
      retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      // The service worker answers from what it kept when there is no connection: always ask it.
      networkMode: 'offlineFirst',
    },
  },
});

// A member's first screen rendered on the server comes with the answers it shows (src/server/web-index.ts).
const firstScreen = takeFirstScreen(queryClient);

// The first screen's code and data are asked for at once, not one after the other (answers already here are not asked again).
warmFirstScreen(queryClient);

// Meeting changes made with no connection wait on the device and are sent when it returns (loaded after
// the first screen: the login page does not carry it).
void import('./offline/outbox').then((m) => m.initOutbox(queryClient));

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);
const root = document.getElementById('root')!;
// The page drawn on the server is taken over as it is, unless this browser reads another language than the one it
// was drawn in (then it is drawn again).
if (firstScreen && firstScreen.lang === initialLocale()) {
  // As a transition, the taking over is done in short slices between which the phone stays responsive.
  // A page drawn in English is taken over once the English texts are here.
  void localeReady.then(() =>
    startTransition(() => {
      hydrateRoot(root, app);
    }),
  );
  keepFirstScreenOffline(firstScreen);
} else {
  createRoot(root).render(app);
}

// Installable and usable offline: the service worker keeps the app and the data already opened (src/web/sw.template.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  // Started after the page has loaded on a page drawn on the server (src/web/boot.ts): register at once then.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
