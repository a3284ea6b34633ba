// The notifications module's SQL: notifications, choices, recipients, the audit cursor.
import type { Queryable } from '../../db/index';

export type NotificationRow = {
  id: string; kind: string; params: Record<string, string | number | null>; link: string | null; created_at: Date; read_at: Date | null;
};

/** Notifications of a signed-in person (by person, or by account when the account has no person), newest first. */
const MINE = `(n.person_id = $1 OR n.account_id = $2)
  AND NOT EXISTS (SELECT 1 FROM notification_prefs p WHERE p.account_id = $2 AND p.kind = n.kind AND p.channel = 'app' AND NOT p.enabled)`;

export async function listMine(q: Queryable, personId: string | null, accountId: string, limit: number, unreadOnly: boolean) {
  return q.query<NotificationRow>(
    `SELECT n.id, n.kind, n.params, n.link, n.created_at, n.read_at FROM notifications n
      WHERE ${MINE} AND ($3::boolean IS FALSE OR n.read_at IS NULL) ORDER BY n.created_at DESC, n.id LIMIT $4`,
    [personId, accountId, unreadOnly, limit],
  );
}

export async function unreadCount(q: Queryable, personId: string | null, accountId: string) {
  return (await q.one<{ n: number }>(`SELECT count(*)::int AS n FROM notifications n WHERE ${MINE} AND n.read_at IS NULL`, [personId, accountId]))!.n;
}

export async function markRead(q: Queryable, personId: string | null, accountId: string, id: string | null) {
  return q.query<{ id: string }>(
    `UPDATE notifications n SET read_at = now() WHERE (n.person_id = $1 OR n.account_id = $2) AND n.read_at IS NULL AND ($3::uuid IS NULL OR n.id = $3)
     RETURNING n.id`,
    [personId, accountId, id],
  );
}

export async function isMine(q: Queryable, personId: string | null, accountId: string, id: string) {
  return !!(await q.one('SELECT 1 FROM notifications n WHERE (n.person_id = $1 OR n.account_id = $2) AND n.id = $3', [personId, accountId, id]));
}

export type PrefRow = { kind: string; channel: string; enabled: boolean };

export async function prefsOf(q: Queryable, accountId: string) {
  return q.query<PrefRow>('SELECT kind, channel, enabled FROM notification_prefs WHERE account_id = $1', [accountId]);
}

/** The e-mail address a person's notifications go to. */
export async function emailOf(q: Queryable, personId: string): Promise<string | null> {
  return (await q.one<{ email: string | null }>('SELECT email FROM people WHERE id = $1', [personId]))?.email ?? null;
}

export async function setPref(q: Queryable, accountId: string, kind: string, channel: string, enabled: boolean) {
  await q.query(
    `INSERT INTO notification_prefs (account_id, kind, channel, enabled) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
    [accountId, kind, channel, enabled],
  );
}

/** Inserts a notification once per recipient and subject; returns its id when it is new. */
export async function insertOnce(
  q: Queryable, r: { personId: string | null; accountId: string | null }, kind: string, params: object, link: string | null, key: string, at: Date | null = null,
) {
  const row = await q.one<{ id: string }>(
    `INSERT INTO notifications (person_id, account_id, kind, params, link, dedupe_key, created_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, coalesce($7::timestamptz, now()))
     ON CONFLICT ((coalesce(person_id, account_id)), dedupe_key) DO NOTHING RETURNING id`,
    [r.personId, r.personId ? null : r.accountId, kind, JSON.stringify(params), link, key, at],
  );
  return row?.id ?? null;
}

/** Whether a person (through their account, if any) turned a channel off for a kind. */
export async function channelOff(q: Queryable, personId: string | null, accountId: string | null, kind: string, channel: string) {
  return !!(await q.one(
    `SELECT 1 FROM notification_prefs p JOIN accounts a ON a.id = p.account_id
      WHERE (a.person_id = $1 OR a.id = $2) AND p.kind = $3 AND p.channel = $4 AND NOT p.enabled`,
    [personId, accountId, kind, channel],
  ));
}

/** Who a notification goes to, with the e-mail address and the language to write in. */
export async function recipientOf(q: Queryable, id: string) {
  return q.one<{ kind: string; params: Record<string, string | number | null>; link: string | null; person_id: string | null; account_id: string | null;
    email: string | null; name: string; locale: 'vi' | 'en' }>(
    `SELECT n.kind, n.params, n.link, n.person_id, n.account_id, p.email, coalesce(p.full_name, a.username) AS name,
            coalesce(a.locale, 'vi') AS locale
       FROM notifications n
       LEFT JOIN people p ON p.id = n.person_id
       LEFT JOIN accounts a ON a.id = coalesce(n.account_id, (SELECT id FROM accounts x WHERE x.person_id = n.person_id LIMIT 1))
      WHERE n.id = $1`,
    [id],
  );
}

/** The secretaries of a cell (accounts granted 'secretary' on it): the ones a cell's reminders go to. */
export async function secretariesOf(q: Queryable, orgId: string) {
  return q.query<{ person_id: string | null; account_id: string }>(
    `SELECT DISTINCT a.person_id, a.id AS account_id FROM grants g JOIN accounts a ON a.id = g.account_id
      WHERE g.org_id = $1 AND g.role = 'secretary' AND a.disabled_at IS NULL`,
    [orgId],
  );
}

export async function inviteesOf(q: Queryable, meetingId: string, membersOnly = false) {
  return q.query<{ person_id: string }>(
    `SELECT DISTINCT person_id FROM invitations WHERE meeting_id = $1 AND person_id IS NOT NULL AND ($2::boolean IS FALSE OR role IN ('member', 'exempt'))`,
    [meetingId, membersOnly],
  );
}

/**
 * The committee members in charge of a meeting's cell (now) who attended it, as the roll call recorded: who may confirm
 * its score. Those with an unread score notice for it already are left out (one waiting notice at a time).
 */
export async function attendingOverseersOf(q: Queryable, meetingId: string, link: string) {
  return q.query<{ person_id: string }>(
    `SELECT DISTINCT i.person_id FROM invitations i JOIN meetings m ON m.id = i.meeting_id
       JOIN org_overseers s ON s.org_id = m.org_id AND s.person_id = i.person_id AND s.ended_on IS NULL
       JOIN attendance a ON a.invitation_id = i.id AND a.status IN ('present', 'late', 'left_early')
      WHERE i.meeting_id = $1
        AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.person_id = i.person_id AND n.kind = 'score_waiting' AND n.link = $2 AND n.read_at IS NULL)`,
    [meetingId, link],
  );
}

/** The cell each of these people belongs to now (open official membership), with their name and the cell's. */
export async function currentCells(q: Queryable, ids: string[]) {
  return q.query<{ person_id: string; full_name: string; org_id: string; org_name: string }>(
    `SELECT p.id AS person_id, p.full_name, o.id AS org_id, o.name AS org_name
       FROM people p JOIN memberships ms ON ms.person_id = p.id AND ms.ended_on IS NULL AND ms.kind = 'official'
       JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = p.id
      WHERE p.id = ANY ($1::uuid[]) AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`,
    [ids],
  );
}
