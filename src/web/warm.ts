import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from './api/auth';
import { setupQuery } from './api/setup';

/**
 * Starts, the moment the app's code runs, everything the first screen waits on, side by side: whether chibo is set
 * up, the session, the shell's and the page's code and the page's data. Without it they came one after the other
 * (setup → session → shell → page → data), each a round trip on a weak connection. The requests go into the
 * query cache under the keys the screens read, so nothing is asked twice.
 */
export function warmFirstScreen(qc: QueryClient, path = window.location.pathname): void {
  void qc.prefetchQuery(setupQuery);
  if (path === '/setup') return;
  void qc.prefetchQuery(meQuery);
  if (path === '/login') return;
  void import('./components/Shell');
  if (path === '/meetings') {
    void import('./pages/meetings/MyMeetingsPage').then((m) => m.prefetch(qc));
    return;
  }
  const meeting = /^\/meetings\/([0-9a-f-]{36})(?:\/[a-z-]+)?\/?$/.exec(path);
  if (meeting) void import('./pages/meetings/MeetingPage').then((m) => m.prefetch(qc, meeting[1]));
}
