// The notification centre of the signed-in person (list, unread count, read), their choices per kind and channel,
// and the worker that runs events, the day's reminders and deliveries from the job table.
import type { Db } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { NotFound } from '../../errors';
import { todayVn, vnLocalToInstant } from '../../../domain/dates';
import { channels, type MailSettings } from './channels';
import { processEvents } from './events';
import { enqueue, runDue } from './jobs';
import { deliverHandler } from './notify';
import { runReminders } from './reminders';
import type { PrefsBody } from './schemas';
import * as sql from './queries';
import { presentNotification, presentPrefs } from './presenters';

export async function myNotifications(db: Db, who: Principal, unreadOnly = false) {
  const rows = await sql.listMine(db, who.personId, who.accountId, 100, unreadOnly);
  return { items: rows.map((r) => presentNotification(r, who.locale)), unread: await sql.unreadCount(db, who.personId, who.accountId) };
}

export async function readOne(db: Db, who: Principal, id: string) {
  if (!(await sql.isMine(db, who.personId, who.accountId, id))) throw NotFound('notification_not_found');
  await sql.markRead(db, who.personId, who.accountId, id);
  return myNotifications(db, who);
}

export async function readAll(db: Db, who: Principal) {
  await sql.markRead(db, who.personId, who.accountId, null);
  return myNotifications(db, who);
}

export async function myPrefs(db: Db, who: Principal, emailConfigured: boolean) {
  const rows = await sql.prefsOf(db, who.accountId);
  const email = who.personId ? await sql.emailOf(db, who.personId) : null;
  return presentPrefs(rows, emailConfigured, email);
}

export async function setPrefs(db: Db, who: Principal, body: PrefsBody, emailConfigured: boolean) {
  await db.tx(async (q) => {
    for (const p of body.items) await sql.setPref(q, who.accountId, p.kind, p.channel, p.enabled);
  });
  return myPrefs(db, who, emailConfigured);
}

export type WorkerOptions = { mail: MailSettings | null; publicUrl: string | null; lagSeconds?: number; now?: () => Date };

/**
 * One round of the scheduled work: read new events, queue today's reminders (once a day, from 07:00 Vietnam time),
 * then run every due job (reminders, deliveries). Safe to run from several instances at once.
 */
export async function tick(db: Db, opts: WorkerOptions) {
  const chans = channels(opts.mail);
  const outside = chans.map((c) => c.name);
  const now = opts.now?.() ?? new Date();
  await processEvents(db, outside, { lagSeconds: opts.lagSeconds });
  const today = todayVn(now);
  await enqueue(db, 'reminders', { day: today }, { key: `reminders:${today}`, runAt: vnLocalToInstant(today, '07:00') });
  return runDue(db, {
    reminders: async (job) => runReminders(db, String(job.payload.day), outside),
    deliver: deliverHandler(db, chans, opts.publicUrl),
  }, { now });
}

/** Runs `tick` every `everyMs` (default a minute) until stopped; a failed round is logged and the next one goes on. */
export function startWorker(db: Db, opts: WorkerOptions & { everyMs?: number; log: (msg: string, err?: unknown) => void }) {
  let stopped = false;
  let running: Promise<unknown> | null = null;
  const round = () => {
    if (stopped || running) return;
    running = tick(db, opts).catch((err) => opts.log('notifications: a round of scheduled work failed', err)).finally(() => { running = null; });
  };
  const timer = setInterval(round, opts.everyMs ?? 60_000);
  timer.unref();
  setTimeout(round, 2_000).unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

