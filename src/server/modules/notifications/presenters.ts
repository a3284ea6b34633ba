// Notifications and choices on the wire: a notification is stored as its kind and parameters and worded here, in
// the reader's language (src/domain/followup/notifications.ts).
import { NOTIFICATION_KINDS, notificationText, type NotificationParams } from '../../../domain/followup/notifications';
import type { Principal } from '../../auth/policy';
import type { NotificationRow, PrefRow } from './queries';

export function presentNotification(r: NotificationRow, locale: Principal['locale']) {
  const w = notificationText(r.kind, r.params as NotificationParams, locale);
  return { id: r.id, kind: r.kind, title: w.title, body: w.body, link: r.link, createdAt: r.created_at.toISOString(), read: !!r.read_at };
}

/** Every kind of notification with its two channels (on unless the person turned it off). */
export function presentPrefs(rows: PrefRow[], emailConfigured: boolean, email: string | null) {
  const on = (kind: string, channel: string) => rows.find((r) => r.kind === kind && r.channel === channel)?.enabled ?? true;
  return { emailConfigured, email, items: NOTIFICATION_KINDS.map((kind) => ({ kind, app: on(kind, 'app'), email: on(kind, 'email') })) };
}
