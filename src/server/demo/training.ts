// The demo commune's training records: the year's study of the new resolutions (every member summoned, a few
// absent), the new-member course with the commune's probationary members (one has not finished it yet), the
// new-member course of every member made official, and the story people's political theory certificates entered
// from their files.
import type { Queryable } from '../db/index';
import { addDays, daysBetween } from '../../domain/dates';
import type { DemoData } from './types';
import { lastHeldMeetingDate } from './calendar';

const THEORY_TITLE = { so_cap: ['theory_basic', 'Sơ cấp lý luận chính trị'], trung_cap: ['theory_intermediate', 'Trung cấp lý luận chính trị'],
  cao_cap: ['theory_advanced', 'Cao cấp lý luận chính trị'] } as const;

export async function insertTrainingDemo(q: Queryable, data: DemoData): Promise<void> {
  const lastDay = await lastHeldMeetingDate(q);
  if (!lastDay) return;
  const year = Number(lastDay.slice(0, 4));
  const span = Math.max(30, daysBetween(`${year}-01-01`, lastDay));
  const at = (f: number) => addDays(`${year}-01-01`, Math.floor(span * f));
  const don = data.accounts.find((a) => a.person_id === data.storyPeople.don)?.id ?? null;
  const members = await q.query<{ person_id: string; standing: string; admission_date: string | null }>(
    `SELECT ms.person_id, mb.standing, mb.admission_date::text AS admission_date FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
      WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND mb.state = 'active' ORDER BY ms.person_id`,
  );
  const course = async (kind: string, title: string, organiser: string, place: string, from: string, to: string) =>
    (await q.one<{ id: string }>(
      `INSERT INTO training_courses (org_id, kind, title, organiser, place, starts_on, ends_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [data.rootId, kind, title, organiser, place, from, to, don],
    ))!.id;
  const record = (courseId: string, personId: string, status: string, result: string | null, certNo: string | null, certDate: string | null) =>
    q.query(
      `INSERT INTO training_records (course_id, person_id, status, result, certificate_no, certificate_date, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [courseId, personId, status, result, certNo, certDate, don],
    );

  const study = await course('resolution_study', `Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh`,
    'Đảng ủy xã Thanh Minh', 'Hội trường UBND xã Thanh Minh', at(0.2), addDays(at(0.2), 1));
  // Every 37th member was absent (sick, working away): they owe a make-up session.
  await q.query(
    `INSERT INTO training_records (course_id, person_id, status, updated_by)
     SELECT $1, p, CASE WHEN i % 37 = 5 THEN 'absent' ELSE 'completed' END, $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS x(p, i)`,
    [study, members.map((m) => m.person_id), don],
  );

  const probationers = members.filter((m) => m.standing === 'probationary');
  if (probationers.length) {
    const start = at(0.55);
    const nm = await course('new_member', 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới',
      'Ban Tuyên giáo và Dân vận Đảng ủy xã (tổ chức theo HD 60-HD/BTGTW)', 'Hội trường UBND xã Thanh Minh', start, addDays(start, 4));
    // The most recently admitted has not attended it yet: the list of those who owe the course shows them.
    const newest = [...probationers].sort((a, b) => (b.admission_date ?? '').localeCompare(a.admission_date ?? ''))[0];
    let n = 1;
    for (const m of probationers) {
      if (m === newest && probationers.length > 1) continue;
      await record(nm, m.person_id, 'completed', 'Khá', `${String(n++).padStart(2, '0')}/GCN-ĐVM`, addDays(start, 6));
    }
  }

  // Every member made official finished the new-member course during probation (HD 60-HD/BTGTW; before it, the same
  // course under earlier guidance): its certificate, entered from the member's file, is what allows official standing.
  // Before July 2025 the city's political centre ran it; since the district level went, the commune committee.
  await q.query(
    `INSERT INTO training_records (person_id, own_kind, own_title, own_organiser, own_from, own_to, status, result, certificate_no,
       certificate_date, updated_by)
     SELECT person_id, 'new_member', 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới',
            CASE WHEN t >= DATE '2025-07-01' THEN 'Đảng ủy xã Thanh Minh' ELSE 'Trung tâm Chính trị thành phố Điện Biên Phủ' END,
            t - 4, t, 'completed', 'Đạt', lpad((row_number() OVER (PARTITION BY extract(year FROM t) ORDER BY t, person_id))::text, 2, '0')
              || '/' || extract(year FROM t)::int || '/GCN-ĐVM', t, $1
       FROM (SELECT person_id, least(admission_date + 124, official_date - 10) AS t FROM members
              WHERE official_date IS NOT NULL AND admission_date IS NOT NULL) x`,
    [don],
  );

  // Theory certificates of the story people, from their files.
  const story = await q.query<{ person_id: string; theory_level: keyof typeof THEORY_TITLE | 'none' | 'cu_nhan' | null; admission_date: string | null }>(
    `SELECT person_id, theory_level, admission_date::text AS admission_date FROM members WHERE person_id = ANY ($1::uuid[])`,
    [Object.values(data.storyPeople)],
  );
  for (const s of story) {
    if (!s.theory_level || !(s.theory_level in THEORY_TITLE)) continue;
    const [kind, title] = THEORY_TITLE[s.theory_level as keyof typeof THEORY_TITLE];
    const y = Math.min(year - 1, Number((s.admission_date ?? '2010').slice(0, 4)) + 5);
    await q.query(
      `INSERT INTO training_records (person_id, own_kind, own_title, own_organiser, own_from, own_to, status, result, certificate_no,
         certificate_date, updated_by) VALUES ($1, $2, $3, $4, $5, $6, 'completed', 'Khá', $7, $8, $9)`,
      [s.person_id, kind, title, kind === 'theory_basic' ? 'Trung tâm Chính trị thành phố Điện Biên Phủ' : 'Trường Chính trị tỉnh Điện Biên',
        `${y}-03-01`, `${y}-${kind === 'theory_basic' ? '04' : '11'}-30`, `${String(s.person_id.charCodeAt(0) % 90 + 10)}/${y}/GCN`,
        `${y}-12-15`, don],
    );
  }
}
