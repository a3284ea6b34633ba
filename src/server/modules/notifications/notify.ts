// Making notifications: once per person and subject, in the app; queued for each outside channel the person has not
// turned off (a job per notification and channel, so a restart or a second instance sends nothing twice).
import type { Db, Queryable } from '../../db/index';
import { notificationText } from '../../../domain/followup/notifications';
import type { NotificationKind, NotificationParams } from '../../../domain/followup/notifications';
import type { DeliveryChannel } from './channels';
import { enqueue, type Job } from './jobs';
import * as sql from './queries';

export type Recipient = { personId: string | null; accountId?: string | null };

/** `at`: when it was made (now by default; a history written after the fact gives its own time). */
export async function notify(q: Queryable, to: Recipient[], kind: NotificationKind, params: NotificationParams, link: string | null, key: string,
  outside: readonly string[], at?: Date) {
  let made = 0;
  const seen = new Set<string>();
  for (const r of to) {
    const who = r.personId ?? r.accountId ?? '';
    if (!who || seen.has(who)) continue;
    seen.add(who);
    const id = await sql.insertOnce(q, { personId: r.personId, accountId: r.accountId ?? null }, kind, params, link, key, at ?? null);
    if (!id) continue;
    made++;
    for (const channel of outside) {
      if (await sql.channelOff(q, r.personId, r.accountId ?? null, kind, channel)) continue;
      await enqueue(q, 'deliver', { notificationId: id, channel }, { key: `deliver:${channel}:${id}` });
    }
  }
  return made;
}

/** The 'deliver' job: the notification's words in the person's language, sent on its channel (skipped without an address). */
export function deliverHandler(db: Db, chans: DeliveryChannel[], publicUrl: string | null) {
  return async (job: Job) => {
    const { notificationId, channel } = job.payload as { notificationId: string; channel: string };
    const ch = chans.find((c) => c.name === channel);
    if (!ch) return; // the channel was turned off on this instance since: nothing to send
    const n = await sql.recipientOf(db, notificationId);
    if (!n) return;
    const to = { email: n.email, name: n.name };
    if (!ch.reaches(to)) return;
    const words = notificationText(n.kind, n.params as NotificationParams, n.locale);
    const link = n.link && publicUrl ? `\n\n${publicUrl.replace(/\/$/, '')}${n.link}` : '';
    const footer = n.locale === 'vi'
      ? '\n\n-- \nchibo — thư tự động, không trả lời thư này. Chọn loại thông báo nhận qua thư ở trang Thông báo.'
      : '\n\n-- \nchibo — automatic message, do not reply. Choose which notices come by e-mail on the Notifications page.';
    await ch.send(to, { subject: words.title, text: `${words.body}${link}${footer}` });
  };
}
