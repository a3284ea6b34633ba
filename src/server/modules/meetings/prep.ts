// Before the meeting: invitations, the agenda from the template, and the HD 42 preparation checklist.
import { reviewText } from '../tasks/service';
import type { Db, Queryable } from '../../db/index';
import { scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';
import { agendaTemplate, REGULAR_KINDS, rosterEntry, type RosterEntry } from '../../../domain/meetings/index';
import { loadEditable, MEETING_CAPS, touch, type MeetingRow, type TaskParts } from './common';
import { meetingDetail } from './presenters';
import { partnerTitle } from './wording';
import { formatDueVi } from '../../../domain/dates';

type RosterRow = {
  person_id: string; full_name: string; standing: 'official' | 'probationary'; official_date: string | null;
  state: 'active' | 'exempt' | 'temp_exempt' | 'suspended'; attachment: 'home' | 'away' | 'guest_member';
};

/**
 * The cell's roster for the meeting, from each member's standing on the meeting's date: its own members
 * (those attending temporarily in another cell listed as 'elsewhere', not summoned) and members of other cells
 * attending here temporarily (summoned here).
 */
export async function rosterFor(q: Queryable, m: Pick<MeetingRow, 'org_id' | 'date'>): Promise<RosterEntry[]> {
  const rows = await q.query<RosterRow>(
    `SELECT p.id AS person_id, p.full_name, mb.standing, mb.official_date::text AS official_date, mb.state,
            CASE WHEN ms.kind = 'temporary' THEN 'guest_member'
                 WHEN EXISTS (SELECT 1 FROM memberships t WHERE t.person_id = ms.person_id AND t.kind = 'temporary'
                                AND t.org_id <> ms.org_id AND t.started_on <= $2 AND (t.ended_on IS NULL OR t.ended_on >= $2)) THEN 'away'
                 ELSE 'home' END AS attachment
       FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id JOIN people p ON p.id = ms.person_id
      WHERE ms.org_id = $1 AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')
        -- a temporary attendance counts from its first to its last day, both included (members.temporaryOn)
        AND CASE WHEN ms.kind = 'temporary' THEN ms.started_on <= $2 AND (ms.ended_on IS NULL OR ms.ended_on >= $2)
                 ELSE ms.ended_on IS NULL END
      ORDER BY p.full_name`,
    [m.org_id, m.date],
  );
  const seen = new Set<string>();
  const out: RosterEntry[] = [];
  for (const r of rows) {
    if (seen.has(r.person_id)) continue;
    seen.add(r.person_id);
    out.push(rosterEntry({
      personId: r.person_id, name: r.full_name, standing: r.standing, officialDate: r.official_date, state: r.state, attachment: r.attachment,
    }, m.date));
  }
  return out;
}

/**
 * Summons the cell's members (listing those not summoned: exempt, suspended, attending elsewhere) and the
 * committee members in charge of the cell. Until the meeting is held the roster follows the members: a
 * member's standing and state are brought up to the meeting's date, members who joined are added, members
 * who left (and were not marked) are taken off. Once held, the roster is the record and is left as it is.
 */
export async function autoInvite(q: Queryable, m: MeetingRow): Promise<number> {
  const live = m.status === 'planned' || m.status === 'moved';
  const roster = await rosterFor(q, m);
  const overseers = await q.query<{ person_id: string; full_name: string }>(
    `SELECT s.person_id, p.full_name FROM org_overseers s JOIN people p ON p.id = s.person_id
      WHERE s.org_id = $1 AND s.ended_on IS NULL AND s.started_on <= $2`,
    [m.org_id, m.date],
  );
  let added = 0;
  if (live) {
    const current = await q.query<{ id: string; person_id: string }>(
      `SELECT i.id, i.person_id FROM invitations i WHERE i.meeting_id = $1 AND i.role IN ('member', 'exempt') AND i.person_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.invitation_id = i.id)
          AND i.person_id <> ALL ($2::uuid[])
          AND i.person_id IS DISTINCT FROM $3 AND i.person_id IS DISTINCT FROM $4`,
      [m.id, roster.map((r) => r.personId), m.chair_id, m.recorder_id],
    );
    if (current.length) await q.query('DELETE FROM invitations WHERE id = ANY ($1::uuid[])', [current.map((c) => c.id)]);
  }
  // Once held, the roster is the record: members are left as they are.
  for (const x of live ? roster : []) {
    const r = await q.query<{ inserted: boolean }>(
      `INSERT INTO invitations (meeting_id, role, person_id, name, standing, member_state, guest)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (meeting_id, person_id) WHERE person_id IS NOT NULL DO UPDATE
         SET role = EXCLUDED.role, name = EXCLUDED.name, standing = EXCLUDED.standing, member_state = EXCLUDED.member_state,
             guest = EXCLUDED.guest
         WHERE invitations.role IN ('member', 'exempt')
           AND (invitations.role, invitations.standing, invitations.member_state, invitations.name, invitations.guest)
               IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.standing, EXCLUDED.member_state, EXCLUDED.name, EXCLUDED.guest)
       RETURNING (xmax = 0) AS inserted`,
      [m.id, x.role, x.personId, x.name, x.standing, x.memberState, x.guest],
    );
    added += r.filter((row) => row.inserted).length;
  }
  for (const x of overseers) {
    const r = await q.query(
      `INSERT INTO invitations (meeting_id, role, person_id, name, title)
       VALUES ($1, 'overseer', $2, $3, 'Đảng ủy viên phụ trách chi bộ')
       ON CONFLICT (meeting_id, person_id) WHERE person_id IS NOT NULL DO NOTHING RETURNING id`,
      [m.id, x.person_id, x.full_name],
    );
    added += r.length;
  }
  return added;
}

/** Brings a planned meeting's roster up to date (nothing once the meeting is held). */
export async function refreshRoster(q: Queryable, m: MeetingRow): Promise<void> {
  if (m.status === 'planned' || m.status === 'moved') await autoInvite(q, m);
}

/** Two texts that differ only in case, spacing or final punctuation are the same task. */
const sameText = (s: string | undefined) => cleanName(s ?? '').toLocaleLowerCase('vi').replace(/[\s.;,]+$/u, '');

/**
 * Open tasks to review at this meeting: those of the cell's last regular-kind meeting (regular, combined,
 * expanded) held before it, and of any other meeting held since (a separate thematic or extraordinary one
 * that assigned tasks), oldest first, each task once.
 */
export async function openTasksBefore(q: Queryable, m: Pick<MeetingRow, 'id' | 'org_id' | 'date'>): Promise<TaskParts[]> {
  const held = await q.query<{ type: string; date: string; resolution: { tasks?: TaskParts[] } }>(
    `SELECT type, date, resolution FROM meetings
      WHERE org_id = $1 AND id <> $2 AND date < $3 AND status IN ('held', 'approved')
        AND date >= coalesce((SELECT max(date) FROM meetings WHERE org_id = $1 AND id <> $2 AND date < $3
                                AND status IN ('held', 'approved') AND type = ANY ($4::text[])), '-infinity'::date)
      ORDER BY date, start_time, created_at`,
    [m.org_id, m.id, m.date, REGULAR_KINDS],
  );
  const seen = new Set<string>();
  const out: TaskParts[] = [];
  for (const t of held.flatMap((x) => x.resolution?.tasks ?? [])) {
    if (t.done) continue;
    const key = `${sameText(t.assignee)}|${sameText(t.content)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The order of business for the meeting's type; last meeting's open tasks go under the monthly review. */
export async function seedAgenda(q: Queryable, m: MeetingRow): Promise<void> {
  const tracked = REGULAR_KINDS.includes(m.type) ? await reviewText(q, m) : null;
  const open = REGULAR_KINDS.includes(m.type) && tracked === null ? await openTasksBefore(q, m) : [];
  const review = tracked ? tracked : open.length
    ? 'Nhiệm vụ kỳ trước cần đánh giá:\n' + open.map((t) => `- ${t.assignee}: ${t.content}${t.due ? ` (hạn ${formatDueVi(t.due)})` : ''}`).join('\n')
    : '';
  let position = 0;
  for (const item of agendaTemplate(m.type)) {
    position += 10;
    const content = item.key === 'monthly_review' ? review : item.key === 'topic' && m.topic ? m.topic : '';
    await q.query('INSERT INTO agenda_items (meeting_id, position, template_key, title, content) VALUES ($1, $2, $3, $4, $5)', [
      m.id, position, item.key, item.title, content,
    ]);
  }
}

export type PreparationInput = {
  contentPreparerId?: string | null; resolutionPreparerId?: string | null; committeeMeetingOn?: string | null;
  contentAgreed?: boolean; noticeSent?: boolean; documentsReady?: boolean; note?: string | null;
};

export async function updatePreparation(db: Db, who: Principal, id: string, input: PreparationInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one('SELECT * FROM meeting_preparation WHERE meeting_id = $1', [id]);
    await q.query('INSERT INTO meeting_preparation (meeting_id) VALUES ($1) ON CONFLICT (meeting_id) DO NOTHING', [id]);
    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (col: string, v: unknown) => {
      params.push(v);
      sets.push(`${col} = $${params.length}`);
    };
    for (const personId of [input.contentPreparerId, input.resolutionPreparerId]) {
      if (personId) {
        const ok = await q.one('SELECT 1 FROM invitations WHERE meeting_id = $1 AND person_id = $2', [id, personId]);
        if (!ok) throw Invalid('meeting_not_invited', { name: await personName(q, who, personId) });
      }
    }
    if (input.contentPreparerId !== undefined) set('content_preparer_id', input.contentPreparerId);
    if (input.resolutionPreparerId !== undefined) set('resolution_preparer_id', input.resolutionPreparerId);
    if (input.committeeMeetingOn !== undefined) set('committee_meeting_on', input.committeeMeetingOn);
    if (input.contentAgreed !== undefined) sets.push(`content_agreed_at = ${input.contentAgreed ? 'coalesce(content_agreed_at, now())' : 'NULL'}`);
    if (input.note !== undefined) set('note', input.note?.trim() || null);
    if (sets.length) await q.query(`UPDATE meeting_preparation SET ${sets.join(', ')}, updated_at = now() WHERE meeting_id = $1`, params);
    if (input.noticeSent !== undefined) {
      // Sending the notice also brings the list of those summoned up to date (members who joined since planning).
      if (input.noticeSent) await autoInvite(q, m);
      await q.query(`UPDATE meetings SET notice_sent_at = ${input.noticeSent ? 'coalesce(notice_sent_at, now())' : 'NULL'} WHERE id = $1`, [id]);
    }
    if (input.documentsReady !== undefined) {
      await q.query(`UPDATE meetings SET documents_ready_at = ${input.documentsReady ? 'coalesce(documents_ready_at, now())' : 'NULL'} WHERE id = $1`, [id]);
    }
    await touch(q, id);
    await audit(q, who, { action: 'meeting.prepare', entity: 'meeting', entityId: id, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

/**
 * How a refusal names a person the caller picked: by name only when the caller may already read that
 * person (themself, or a current member of a unit in the caller's org.read scope); otherwise "Người được
 * chọn", so an error never tells a name to whoever sends any person id.
 */
export async function personName(q: Queryable, who: Principal, personId: string): Promise<string> {
  const hidden = 'Người được chọn';
  const scopes = scopesFor(who, 'org.read');
  if (who.personId !== personId && scopes !== null && scopes.length === 0) return hidden;
  const p = await q.one<{ full_name: string }>(
    `SELECT p.full_name FROM people p
      WHERE p.id = $1
        AND ($2::boolean OR p.id = $3 OR EXISTS (
          SELECT 1 FROM memberships ms JOIN orgs o ON o.id = ms.org_id
           WHERE ms.person_id = p.id AND ms.ended_on IS NULL AND o.path LIKE ANY ($4::text[])))`,
    [personId, scopes === null, who.personId, (scopes ?? []).map((s) => `${s}%`)],
  );
  return p ? `Đồng chí ${p.full_name}` : hidden;
}

// Agenda items.

export async function addAgendaItem(db: Db, who: Principal, id: string, input: { title: string; content?: string; position?: number }) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const last = await q.one<{ max: number | null; n: number }>(
      'SELECT max(position) AS max, count(*)::int AS n FROM agenda_items WHERE meeting_id = $1', [id],
    );
    // A bounded document: a cell meeting has a handful of items (HD 12-HD/BTCTW), never hundreds.
    if ((last?.n ?? 0) >= MEETING_CAPS.agendaItems) throw Conflict('meeting_too_many', { what: 'nội dung sinh hoạt', whatEn: 'agenda items', max: MEETING_CAPS.agendaItems });
    const position = input.position ?? (last?.max ?? 0) + 10;
    const r = await q.one<{ id: string }>(
      'INSERT INTO agenda_items (meeting_id, position, title, content) VALUES ($1, $2, $3, $4) RETURNING id',
      [id, position, input.title.trim(), input.content?.trim() ?? ''],
    );
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_add', entity: 'agenda_item', entityId: r!.id, orgPath: m.org_path, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function updateAgendaItem(
  db: Db, who: Principal, id: string, itemId: string,
  input: { title?: string; content?: string; conclusion?: string | null; position?: number },
) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one('SELECT title, content, conclusion, position FROM agenda_items WHERE id = $1 AND meeting_id = $2', [itemId, id]);
    if (!before) throw NotFound();
    await q.query(
      `UPDATE agenda_items SET title = coalesce($3, title), content = coalesce($4, content),
              conclusion = CASE WHEN $5::boolean THEN $6 ELSE conclusion END, position = coalesce($7, position)
        WHERE id = $1 AND meeting_id = $2`,
      [itemId, id, input.title?.trim() ?? null, input.content ?? null, input.conclusion !== undefined, input.conclusion?.trim() || null,
        input.position ?? null],
    );
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_update', entity: 'agenda_item', entityId: itemId, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function deleteAgendaItem(db: Db, who: Principal, id: string, itemId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one('SELECT title, content FROM agenda_items WHERE id = $1 AND meeting_id = $2', [itemId, id]);
    if (!before) throw NotFound();
    await q.query('DELETE FROM agenda_items WHERE id = $1', [itemId]);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.agenda_delete', entity: 'agenda_item', entityId: itemId, orgPath: m.org_path, before });
    return meetingDetail(q, who, id);
  });
}

// Invitations.

export async function syncInvitations(db: Db, who: Principal, id: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const added = await autoInvite(q, m);
    await audit(q, who, { action: 'meeting.invite_sync', entity: 'meeting', entityId: id, orgPath: m.org_path, after: { added } });
    return meetingDetail(q, who, id);
  });
}

export type GuestInput = { personId?: string; partnerContactId?: string; partnerUnitId?: string; name?: string; title?: string };

/** A guest: a partner unit's contact, a known person, a unit's representative, or a free name. */
export async function addGuest(db: Db, who: Principal, id: string, input: GuestInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    let personId = input.personId ?? null;
    let partnerUnitId = input.partnerUnitId ?? null;
    let name = input.name ? cleanName(input.name) : '';
    let title = input.title?.trim() || null;
    if (input.partnerContactId) {
      const c = await q.one<{ person_id: string; partner_unit_id: string; title: string; full_name: string; unit_name: string }>(
        `SELECT c.person_id, c.partner_unit_id, c.title, p.full_name, u.name AS unit_name
           FROM partner_contacts c JOIN people p ON p.id = c.person_id JOIN partner_units u ON u.id = c.partner_unit_id
          WHERE c.id = $1`,
        [input.partnerContactId],
      );
      if (!c) throw NotFound('partner_not_found');
      personId = c.person_id;
      partnerUnitId = c.partner_unit_id;
      name = c.full_name;
      // The minutes must say which association: 'Chi hội trưởng' → 'Chi hội trưởng Chi hội Phụ nữ bản Phiêng Lơi'.
      title = title ?? partnerTitle(c.title, c.unit_name);
    } else if (personId) {
      const p = await q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]);
      if (!p) throw NotFound('person_not_found');
      name = p.full_name;
    }
    if (partnerUnitId && !title) {
      const u = await q.one<{ name: string }>('SELECT name FROM partner_units WHERE id = $1', [partnerUnitId]);
      if (!u) throw NotFound('partner_not_found');
      title = u.name;
    }
    if (!name && !title) throw Invalid('invitation_guest_name');
    if (personId) {
      const dup = await q.one('SELECT 1 FROM invitations WHERE meeting_id = $1 AND person_id = $2', [id, personId]);
      if (dup) throw Conflict('invitation_exists', { name });
    }
    const r = await q.one<{ id: string }>(
      `INSERT INTO invitations (meeting_id, role, person_id, partner_unit_id, name, title) VALUES ($1, 'guest', $2, $3, $4, $5) RETURNING id`,
      [id, personId, partnerUnitId, name, title],
    );
    await touch(q, id);
    await audit(q, who, { action: 'meeting.invite', entity: 'invitation', entityId: r!.id, orgPath: m.org_path, summary: name || title || '', after: input });
    return meetingDetail(q, who, id);
  });
}

export async function removeInvitation(db: Db, who: Principal, id: string, invitationId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const inv = await q.one<{ role: string; name: string; person_id: string | null }>(
      'SELECT role, name, person_id FROM invitations WHERE id = $1 AND meeting_id = $2',
      [invitationId, id],
    );
    if (!inv) throw NotFound();
    if (inv.person_id && (inv.person_id === m.chair_id || inv.person_id === m.recorder_id)) {
      throw new RuleRefusal(409, 'meeting_rule', 'invitee_presides', { name: inv.name });
    }
    await q.query('DELETE FROM invitations WHERE id = $1', [invitationId]);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.uninvite', entity: 'invitation', entityId: invitationId, orgPath: m.org_path, before: inv });
    return meetingDetail(q, who, id);
  });
}
