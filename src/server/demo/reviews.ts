// The demo commune's year-end reviews (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): last year's complete — every cell, cell
// committee and member self-reviewed, proposed and decided within the 20% quota — and this year's opened, with a few
// self-reviews and proposals written in Phiêng Lơi. Inserted set-wise (the facts are read live from the records).
import type { Queryable } from '../db/index';
import type { DemoData } from './types';
import { lastHeldMeetingDate } from './calendar';

export async function insertReviewsDemo(q: Queryable, data: DemoData): Promise<void> {
  const lastDay = await lastHeldMeetingDate(q);
  if (!lastDay) return;
  const year = Number(lastDay.slice(0, 4));
  const prev = year - 1;
  const don = data.accounts.find((a) => a.person_id === data.storyPeople.don)?.id ?? null;
  const pl = data.cellIds['phieng-loi'];
  const subjects = (admittedBy: string) => `
    SELECT 'cell' AS kind, o.id AS org_id, NULL::uuid AS person_id, o.name AS sort FROM orgs o WHERE o.kind = 'cell' AND o.status = 'active'
    UNION ALL
    SELECT 'cell_committee', o.id, NULL, o.name FROM orgs o WHERE o.kind = 'cell' AND o.status = 'active'
       AND EXISTS (SELECT 1 FROM positions ps WHERE ps.org_id = o.id AND ps.ended_on IS NULL AND ps.title = 'cell_committee')
    UNION ALL
    SELECT 'member', ms.org_id, ms.person_id, p.name_search FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
      JOIN people p ON p.id = ms.person_id
     WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND mb.state IN ('active', 'exempt', 'temp_exempt')
       AND coalesce(mb.admission_date, '1900-01-01') <= '${admittedBy}'`;
  // Last year, decided: about one in ten members and two cells "xuất sắc" (within 20% of those at least "tốt").
  await q.query(
    `WITH s AS (SELECT x.*, row_number() OVER (PARTITION BY x.kind = 'member' ORDER BY x.org_id = $3 DESC, x.sort, x.kind) AS rn FROM (${subjects(`${prev}-12-31`)}) x),
          l AS (SELECT s.*, CASE
                 WHEN s.kind = 'member' AND s.rn % 10 = 1 THEN 'excellent'
                 WHEN s.kind = 'member' AND s.rn = 57 THEN 'not_completed'
                 WHEN s.kind = 'member' AND s.rn % 23 = 7 THEN 'completed'
                 WHEN s.kind <> 'member' AND s.rn IN (1, 9) THEN 'excellent'
                 WHEN s.kind <> 'member' AND s.rn = 20 THEN 'completed'
                 ELSE 'good' END AS lvl FROM s)
     INSERT INTO reviews (org_id, year, subject_kind, subject_org_id, subject_person_id, status, self_text, self_score, self_level, self_at,
                          comments, proposed_score, proposed_level, proposed_at, decided_level, decision_note, decided_by, decided_at, created_by)
     SELECT $1, $2, l.kind, l.org_id, l.person_id, 'decided',
            CASE WHEN l.kind = 'member' THEN 'Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước; dự sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định; gương mẫu ở nơi cư trú.'
                 ELSE 'Chi bộ duy trì sinh hoạt thường kỳ đúng ngày, tổ chức sinh hoạt chuyên đề hằng quý; lãnh đạo thực hiện nhiệm vụ chính trị của bản.' END,
            CASE l.lvl WHEN 'excellent' THEN 92 WHEN 'good' THEN 82 WHEN 'completed' THEN 62 ELSE 45 END,
            l.lvl, ($5 || '-12-10 20:00+07')::timestamptz,
            CASE l.lvl WHEN 'not_completed' THEN 'Vắng sinh hoạt nhiều lần không có lý do, chưa hoàn thành nhiệm vụ được giao.'
                       ELSE 'Chi bộ nhất trí với bản tự kiểm điểm.' END,
            CASE l.lvl WHEN 'excellent' THEN 92 WHEN 'good' THEN 82 WHEN 'completed' THEN 62 ELSE 45 END,
            l.lvl, ($5 || '-12-15 20:00+07')::timestamptz, l.lvl, NULL, $4, ($5 || '-12-28 09:00+07')::timestamptz, $4
       FROM l`,
    [data.rootId, prev, pl, don, String(prev)],
  );
  // This year, opened; in Phiêng Lơi five members have written their self-review and the cell has proposed for two.
  await q.query(
    `INSERT INTO reviews (org_id, year, subject_kind, subject_org_id, subject_person_id, created_by)
     SELECT $1, $2, x.kind, x.org_id, x.person_id, $3 FROM (${subjects(`${year}-12-31`)}) x`,
    [data.rootId, year, don],
  );
  await q.query(
    `WITH m AS (SELECT v.id, row_number() OVER (ORDER BY p.name_search) AS rn FROM reviews v JOIN people p ON p.id = v.subject_person_id
                 WHERE v.year = $1 AND v.subject_org_id = $2 AND v.subject_kind = 'member')
     UPDATE reviews v SET status = CASE WHEN m.rn <= 2 THEN 'proposed' ELSE 'self_done' END,
            self_text = 'Giữ vững lập trường tư tưởng, chấp hành nghị quyết của chi bộ; tham gia đầy đủ các buổi sinh hoạt; vận động gia đình thực hiện tốt quy ước của bản.',
            self_score = 85, self_level = 'good', self_at = now(),
            comments = CASE WHEN m.rn <= 2 THEN 'Chi bộ nhất trí, đồng chí gương mẫu trong phong trào xây dựng nông thôn mới.' END,
            proposed_score = CASE WHEN m.rn <= 2 THEN 84 END, proposed_level = CASE WHEN m.rn <= 2 THEN 'good' END,
            proposed_at = CASE WHEN m.rn <= 2 THEN now() END
       FROM m WHERE m.id = v.id AND m.rn <= 5`,
    [year, pl],
  );
}
