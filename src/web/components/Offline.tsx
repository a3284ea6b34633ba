import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingCalls } from '../api/meetings';
import { addDays, todayVn } from './meetings/format';

function subscribe(cb: () => void) {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
}

/** Whether the browser has a connection now. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}

/** A clear line at the top while there is no connection: what is shown was kept on this phone. */
export function OfflineBar() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-bar" role="status">
      <strong>{t('field.offline.title')}</strong> {t('field.offline.text')}
    </div>
  );
}

/**
 * Keeps the signed-in person's coming meetings on the phone: while online, loads her meetings of the next
 * 45 days and each one's detail (roster, agenda; for the secretary the dues list and the scoring schemes), which the
 * service worker stores for use without a connection.
 */
export function useKeepUpcomingMeetings(personKey: string | null | undefined) {
  const online = useOnline();
  useEffect(() => {
    if (!personKey || !online || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
    const from = todayVn();
    const to = addDays(from, 45);
    void (async () => {
      try {
        const items = await meetingCalls.myMeetings(from, to);
        let manages = false;
        for (const m of items) {
          if (!m.id) continue;
          const detail = await meetingCalls.get(m.id).catch(() => null);
          // The secretary records dues and the score offline too: keep the dues list and the scoring schemes.
          if (detail?.can.manage) {
            manages = true;
            await meetingCalls.dues(m.id).catch(() => undefined);
          }
        }
        if (manages) await meetingCalls.schemes().catch(() => undefined);
      } catch {
        /* the connection dropped: what was kept stays */
      }
    })();
  }, [personKey, online]);
}

/** Signing out: forget the data kept for offline use on this phone. */
export function forgetOfflineData() {
  navigator.serviceWorker?.controller?.postMessage({ type: 'chibo:forget' });
}
