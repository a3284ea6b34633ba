// Meetings for the province of bench/dataset.ts, generated with set-based SQL: `months` months of monthly meetings
// for every cell, ending with the current month, with the roll call of every current member of the cell, scores,
// dues for the current year, a thematic meeting per quarter, tasks and monthly reports.
// Deterministic (hash-based): a cell misses ~3% of past months; ~2% of meetings are held but not yet approved;
// attendance ~90% present, ~4% late, ~4% excused, ~2% unexcused (members whose number is ≡ 0 mod 41 miss more).
import type { Db } from '../src/server/db/index';
import { ensureBuiltinSchemes } from '../src/server/modules/meetings/scoring';

export type MeetingsReport = { meetings: number; invitations: number; attendance: number; dues: number; tasks: number; reports: number; seconds: number };

export async function loadMeetings(db: Db, months: number, today: string, log: (s: string) => void = () => undefined): Promise<MeetingsReport> {
  const t0 = performance.now();
  const thisMonth = `${today.slice(0, 7)}-01`;
  await db.tx(async (q) => {
    await ensureBuiltinSchemes(q);
    const scheme = (await q.one<{ id: string; version: number }>('SELECT id, version FROM scoring_schemes ORDER BY id LIMIT 1'))!;
    // One meeting per cell and month on the 5th (the current month's: held if the 5th has passed, else planned).
    await q.query(
      `INSERT INTO meetings (id, org_id, type, topic, original_date, date, start_time, status)
       SELECT md5('mtg-' || c.id || '-' || k)::uuid, c.id,
              CASE WHEN k % 3 = 0 THEN 'combined' ELSE 'regular' END,
              CASE WHEN k % 3 = 0 THEN 'Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' END,
              d, d, '19:30',
              CASE WHEN d > $3::date THEN 'planned'
                   WHEN k = 0 OR abs(hashtext(c.id || 'h' || k)) % 50 = 0 THEN 'held' ELSE 'approved' END
         FROM orgs c, generate_series(0, $1::int - 1) k,
              LATERAL (SELECT ($2::date - make_interval(months => k))::date + 4 AS d) x
        WHERE c.kind = 'cell' AND (k = 0 OR abs(hashtext(c.id || 'm' || k)) % 33 <> 0)`,
      [months, thisMonth, today],
    );
    log(`  meetings (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    // The roll call: every current member of the cell, with standing and state.
    await q.query(
      `INSERT INTO invitations (id, meeting_id, role, person_id, name, standing, member_state)
       SELECT md5('inv-' || m.id || '-' || ms.person_id)::uuid, m.id, CASE WHEN mb.state = 'active' THEN 'member' ELSE 'exempt' END,
              ms.person_id, 'ĐV', mb.standing, mb.state
         FROM meetings m JOIN memberships ms ON ms.org_id = m.org_id AND ms.ended_on IS NULL AND ms.kind = 'official'
         JOIN members mb ON mb.person_id = ms.person_id`,
    );
    log(`  invitations (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    await q.query(
      `INSERT INTO attendance (invitation_id, meeting_id, status)
       SELECT i.id, i.meeting_id,
              CASE WHEN i.role = 'exempt' THEN 'absent_excused'
                   WHEN abs(hashtext(i.id::text)) % 100 < CASE WHEN abs(hashtext(i.person_id::text)) % 41 = 0 THEN 30 ELSE 2 END THEN 'absent_unexcused'
                   ELSE (ARRAY['present','present','present','present','present','present','present','present','present','present',
                               'present','present','present','present','present','present','present','present','present','present',
                               'present','present','late','absent_excused','present'])[1 + abs(hashtext(i.id::text || 's')) % 25] END
         FROM invitations i JOIN meetings m ON m.id = i.meeting_id WHERE m.status IN ('held', 'approved')`,
    );
    log(`  attendance (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    await q.query(
      `INSERT INTO meeting_scores (meeting_id, scheme_id, scheme_version, points, total, level, confirmed_at)
       SELECT m.id, $1, $2, '{}', 60 + abs(hashtext(m.id::text)) % 40,
              (ARRAY['tot','tot','kha','kha','kha','trung_binh','kem'])[1 + abs(hashtext(m.id::text || 'l')) % 7], now()
         FROM meetings m WHERE m.status = 'approved'`,
      [scheme.id, scheme.version],
    );
    // Dues of the current year, collected at each held meeting from those who came (a few pay less than expected).
    await q.query(
      `INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected)
       SELECT i.meeting_id, i.person_id, CASE WHEN abs(hashtext(i.id::text || 'd')) % 40 = 0 THEN 0 ELSE 10000 END, 10000
         FROM invitations i JOIN meetings m ON m.id = i.meeting_id JOIN attendance a ON a.invitation_id = i.id
        WHERE m.status IN ('held', 'approved') AND m.date >= date_trunc('year', $1::date) AND a.status IN ('present', 'late', 'left_early')`,
      [today],
    );
    log(`  scores, dues (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    // Five tasks a cell (some overdue, some done) and the cells' monthly reports of the last twelve months.
    await q.query(
      `INSERT INTO tasks (org_id, title, owner_kind, owner_org_id, due_on, status, done_on)
       SELECT c.id, 'Nhiệm vụ ' || k, 'cell', c.id, $1::date + (k * 20 - 50), CASE WHEN k = 1 THEN 'done' ELSE 'open' END,
              CASE WHEN k = 1 THEN $1::date - 40 END
         FROM orgs c, generate_series(1, 5) k WHERE c.kind = 'cell'`,
      [today],
    );
    await q.query(
      `INSERT INTO monthly_reports (org_id, month, due_on, submitted_on)
       SELECT c.id, to_char(($1::date - make_interval(months => k)), 'YYYY-MM'), ($1::date - make_interval(months => k))::date + 2,
              ($1::date - make_interval(months => k))::date + 1
         FROM orgs c, generate_series(1, 12) k WHERE c.kind = 'cell' AND abs(hashtext(c.id || 'r' || k)) % 10 <> 0`,
      [thisMonth],
    );
  });
  await db.exec('ANALYZE');
  const n = (await db.one<Record<string, number>>(
    `SELECT (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM invitations)::int AS invitations,
            (SELECT count(*) FROM attendance)::int AS attendance, (SELECT count(*) FROM dues_payments)::int AS dues,
            (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM monthly_reports)::int AS reports`,
  ))!;
  return { meetings: n.meetings, invitations: n.invitations, attendance: n.attendance, dues: n.dues, tasks: n.tasks, reports: n.reports,
    seconds: (performance.now() - t0) / 1000 };
}
