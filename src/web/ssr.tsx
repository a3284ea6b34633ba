// A member's first screens rendered on the server (built with `vite build --ssr` into dist/web-ssr, used by
// src/server/web-index.ts): the same components as in the browser, with the same answers, so the page is painted
// from its HTML before any script has run, and the app then takes it over (hydrateRoot, src/web/main.tsx) without
// drawing it again.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n, { ensureLocale } from './i18n';
import { AppRoutes } from './App';
import { authKeys } from './api/auth';
import { setupKeys } from './api/setup';
import { meetingKeys } from './api/meetings';
import { orgsQuery } from './api/hooks';
import { myDocumentsQuery } from './components/followup/documents-api';
import { myMeetingsRange } from '../domain/meetings/home';
import { todayVn } from '../domain/dates';
import type { FirstScreenAnswer } from './first-screen';
import { ServerTitle } from './components/PageTitle';

export type { FirstScreenAnswer } from './first-screen';

/** The code of the screens drawn here, loaded with this module (the lazy parts of App.tsx then find it ready). */
export const ready: Promise<unknown> = Promise.all([
  import('./pages/LoginPage'),
  import('./components/Shell'),
  import('./pages/meetings/MyMeetingsPage'),
  import('./pages/meetings/MeetingPage'),
  import('./components/followup/NotificationBell'),
  ensureLocale('en'),
]);

/** An answer a first screen shows, under the key the screen reads it with. */
export type FirstScreenQuery = { key: readonly unknown[]; url: string };

const MEETING = /^\/meetings\/([0-9a-f-]{36})\/?$/;

/**
 * What the screen at this address shows, as API requests (the server asks them for the signed-in person) and the
 * query keys the screens read them under; null for a screen not rendered on the server.
 */
export function firstScreenQueries(pathname: string): FirstScreenQuery[] | null {
  const always: FirstScreenQuery[] = [
    { key: setupKeys.state, url: '/api/setup' },
    { key: authKeys.me, url: '/api/auth/me' },
  ];
  if (pathname === '/login' || pathname === '/login/') return always;
  if (pathname === '/meetings' || pathname === '/meetings/') {
    const { from, to } = myMeetingsRange(todayVn());
    return [
      ...always,
      { key: meetingKeys.mine(from, to), url: `/api/my/meetings?from=${from}&to=${to}` },
      { key: orgsQuery().queryKey, url: '/api/orgs' },
      { key: myDocumentsQuery().queryKey, url: '/api/my/documents' },
    ];
  }
  const meeting = MEETING.exec(pathname);
  if (meeting) return [...always, { key: meetingKeys.detail(meeting[1]), url: `/api/meetings/${meeting[1]}` }];
  return null;
}

type Me = { mustChangePassword?: boolean } | null;
type MeetingCan = { can?: { manage?: boolean; observe?: boolean } };

/** A first screen as drawn here: what goes inside #root, and the document's title (the one the app sets, PageTitle). */
export type FirstScreenHtml = { html: string; title: string };

/**
 * The screen's HTML (what goes inside #root) and title, or null when it is not one to render here: the login page for someone
 * signed in (the app sends him on) or before setup; a member's screen for no one signed in, or a meeting its reader
 * runs or oversees (the secretary's steps use antd and the offline outbox: drawn in the browser).
 */
export async function renderFirstScreen(url: string, answers: FirstScreenAnswer[], lang: 'vi' | 'en' = 'vi'): Promise<FirstScreenHtml | null> {
  const me = answers.find((a) => a.key.length === authKeys.me.length && a.key[0] === authKeys.me[0])?.data as Me;
  const setup = answers.find((a) => a.url === '/api/setup')?.data as { needed?: boolean } | undefined;
  if (setup?.needed) return null;
  if (/^\/login\/?$/.test(url.split('?')[0])) {
    if (me) return null;
  } else if (!me || me.mustChangePassword) return null;
  const meeting = answers.find((a) => a.key[0] === 'meeting')?.data as MeetingCan | undefined;
  if (meeting && (meeting.can?.manage || meeting.can?.observe)) return null;
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  for (const a of answers) qc.setQueryData(a.key, a.data);
  // The page's title as its PageTitle tells it while drawn (in the browser an effect sets it, which does not run here).
  let title = 'chibo';
  const app = (
    <StrictMode>
      <ServerTitle.Provider value={(t) => (title = t)}>
        <QueryClientProvider client={qc}>
          <StaticRouter location={url}>
            <AppRoutes />
          </StaticRouter>
        </QueryClientProvider>
      </ServerTitle.Provider>
    </StrictMode>
  );
  // Parts loaded lazily (the shell, the page, the bell) are not there on the first pass: each pass starts loading what
  // it met, and the next one finds it ready (once loaded, they stay, for every later page). The page is then whole:
  // no part left for the browser to draw, and no inline script (the policy allows none).
  let html: string | null = null;
  for (let pass = 0; pass < 8 && html === null; pass++) {
    // One language for the whole server: set for each pass, which runs at once, start to end.
    void i18n.changeLanguage(lang);
    title = 'chibo';
    const out = renderToString(app);
    if (!out.includes('<!--$!-->')) html = out;
    else await new Promise((r) => setTimeout(r, 0));
  }
  qc.clear();
  return html === null ? null : { html, title };
}
