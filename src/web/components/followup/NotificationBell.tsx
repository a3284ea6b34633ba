import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotifications } from './notifications-api';

/** In the header: the bell, with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const n = useNotifications().data?.unread ?? 0;
  return (
    <Link to="/notifications" className="header-search notif-bell" aria-label={n ? t('fu.notif.bellUnread', { count: n }) : t('fu.notif.title')}>
      <svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden focusable="false">
        <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z" />
      </svg>
      {n ? <span className="notif-count" aria-hidden>{n > 99 ? '99+' : n}</span> : null}
    </Link>
  );
}
