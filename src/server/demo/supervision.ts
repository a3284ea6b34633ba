// The demo commune's inspection and supervision programme of the year (QĐ 296-QĐ/TW): one inspection closed
// (decision, the cell's report, findings, the notice, both remedies verified), one at the team's findings
// (waiting for the committee's conclusion), one decided, one still planned. Dates are spread over the part of
// the year before the demo's today (the last held meeting).
import type { Queryable } from '../db/index';
import { addDays, daysBetween } from '../../domain/dates';
import type { DemoData } from './types';
import { linkRemedyTasks } from '../modules/supervision/remedy-tasks';
import { lastHeldMeetingDate } from './calendar';

export async function insertSupervisionDemo(q: Queryable, data: DemoData): Promise<void> {
  const lastDay = await lastHeldMeetingDate(q);
  if (!lastDay) return;
  let year = Number(lastDay.slice(0, 4));
  let anchor = lastDay;
  if (daysBetween(`${year}-01-01`, anchor) < 60) { year -= 1; anchor = `${year}-12-20`; }
  const span = daysBetween(`${year}-01-01`, anchor);
  const at = (f: number) => addDays(`${year}-01-01`, Math.floor(span * f));
  const P = data.storyPeople;
  const cell = data.cellIds;
  const name = (k: string) => data.people.find((x) => x.id === P[k])!.full_name;
  const don = data.accounts.find((a) => a.person_id === P.don)?.id ?? null;
  const member = await q.one<{ person_id: string; full_name: string }>(
    `SELECT m.person_id, p.full_name FROM memberships m JOIN people p ON p.id = m.person_id JOIN members x ON x.person_id = m.person_id
      WHERE m.org_id = $1 AND m.ended_on IS NULL AND x.state = 'active' AND x.standing = 'official'
        AND NOT EXISTS (SELECT 1 FROM positions ps WHERE ps.person_id = m.person_id AND ps.ended_on IS NULL)
      ORDER BY p.full_name LIMIT 1`,
    [cell['huoi-pha']],
  );
  const team = (...ks: string[]) => JSON.stringify(ks.map((k) => ({ personId: P[k], name: name(k) })));
  const item = async (v: Record<string, unknown>) => {
    const cols = Object.keys(v);
    const row = await q.one<{ id: string }>(
      `INSERT INTO supervision_items (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      cols.map((c) => v[c]),
    );
    return row!.id;
  };
  const base = { org_id: data.rootId, year, created_by: don };
  const closed = await item({
    ...base, kind: 'inspection', subject_kind: 'cell', subject_org_id: cell['phieng-loi'],
    content: 'Việc thực hiện quy định về sinh hoạt chi bộ và chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW',
    period_from: at(0.12), period_to: at(0.3), lead_person_id: P.hanh, team: team('hanh', 'tuan'), status: 'verified',
    decision_no: 1, decision_date: at(0.1),
    plan: 'Mục đích: đánh giá việc chuẩn bị, tổ chức và chất lượng sinh hoạt chi bộ; chỉ ra ưu điểm, hạn chế để khắc phục.\n' +
      'Phương pháp: chi bộ tự kiểm tra, báo cáo bằng văn bản; Đoàn nghiên cứu sổ biên bản, dự một buổi sinh hoạt, làm việc với chi ủy.\n' +
      'Thời gian: chi bộ gửi báo cáo trong 10 ngày kể từ ngày nhận quyết định; Đoàn làm việc tại chi bộ một ngày.',
    report: 'Chi bộ sinh hoạt đều đặn vào ngày 10 hằng tháng; chi ủy họp trước để chuẩn bị nội dung. Sổ biên bản ghi đầy đủ.\n' +
      'Tồn tại: một số buổi sinh hoạt chưa đủ 90 phút; sinh hoạt chuyên đề quý I chưa tổ chức.',
    report_date: at(0.16),
    findings: 'Chi bộ thực hiện đúng lịch sinh hoạt, nội dung bám sát nghị quyết của Đảng ủy xã.\n' +
      'Hạn chế: 3 buổi sinh hoạt dưới 90 phút; chưa sinh hoạt chuyên đề quý I; biên bản chưa ghi rõ ý kiến từng đảng viên.',
    findings_date: at(0.22),
    conclusion_strengths: 'Chi bộ duy trì nền nếp sinh hoạt đúng ngày 10 hằng tháng; chi ủy chuẩn bị nội dung chu đáo; tỷ lệ đảng viên dự sinh hoạt cao.',
    conclusion_shortcomings: 'Một số buổi sinh hoạt chưa đủ thời lượng 90 phút; chưa tổ chức sinh hoạt chuyên đề quý I; biên bản chưa ghi rõ ý kiến của từng đảng viên.',
    conclusion_requests: 'Chi bộ rút kinh nghiệm, bảo đảm thời lượng và nội dung sinh hoạt theo Hướng dẫn 42-HD/BTCTW.',
    notice_no: 1, notice_date: at(0.25), verified_at: `${at(0.5)}T09:00:00+07:00`,
  });
  const remedy = async (itemId: string, position: number, content: string, owner: string, ownerId: string | null, due: string,
    done?: { at: string; note: string; verifiedAt?: string }) =>
    q.query(
      `INSERT INTO supervision_remedies (item_id, position, content, owner_name, owner_person_id, due_on, status, done_note, reported_at,
         reported_by, verification_note, verified_at, verified_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, $12)`,
      [itemId, position, content, owner, ownerId, due, done ? (done.verifiedAt ? 'verified' : 'reported') : 'open', done?.note ?? null,
        done ? `${done.at}T20:00:00+07:00` : null, done?.verifiedAt ? 'Đoàn đã kiểm tra sổ biên bản, xác nhận đã khắc phục.' : null,
        done?.verifiedAt ? `${done.verifiedAt}T09:00:00+07:00` : null, done?.verifiedAt ? don : null],
    );
  await remedy(closed, 1, 'Tổ chức sinh hoạt chuyên đề bù quý I và bảo đảm mỗi quý ít nhất một chuyên đề', name('truong'), P.truong, at(0.4),
    { at: at(0.38), note: 'Đã sinh hoạt chuyên đề về phát triển kinh tế hộ gia đình.', verifiedAt: at(0.48) });
  await remedy(closed, 2, 'Ghi biên bản đủ ý kiến của từng đảng viên phát biểu', name('truong'), P.truong, at(0.45),
    { at: at(0.42), note: 'Biên bản các tháng gần đây ghi rõ tên và ý kiến người phát biểu.', verifiedAt: at(0.5) });
  await linkRemedyTasks(q, closed, don);

  await item({
    ...base, kind: 'inspection', subject_kind: 'cell_committee', subject_org_id: cell['co-cu'],
    content: 'Việc lãnh đạo công tác phát triển đảng viên và quản lý đảng viên của chi ủy',
    period_from: at(0.72), period_to: at(0.9), lead_person_id: P.manh, team: team('manh', 'khay'), status: 'findings',
    decision_no: 2, decision_date: at(0.7),
    plan: 'Mục đích: đánh giá việc tạo nguồn, bồi dưỡng quần chúng ưu tú và quản lý đảng viên dự bị.\n' +
      'Phương pháp: chi ủy báo cáo; Đoàn nghiên cứu hồ sơ, làm việc với chi ủy và một số đảng viên.',
    report: 'Chi ủy đã lập danh sách 4 quần chúng ưu tú, cử 2 quần chúng đi học lớp nhận thức về Đảng; kết nạp 1 đảng viên.',
    report_date: at(0.78),
    findings: 'Chi ủy quan tâm tạo nguồn phát triển đảng viên.\nHạn chế: chưa phân công đảng viên chính thức giúp đỡ quần chúng; ' +
      'hồ sơ đảng viên dự bị thiếu giấy chứng nhận lớp bồi dưỡng đảng viên mới.',
    findings_date: at(0.85),
  });
  if (member) {
    await item({
      ...base, kind: 'supervision', subject_kind: 'member', subject_org_id: cell['huoi-pha'], subject_person_id: member.person_id,
      content: 'Việc giữ gìn phẩm chất đạo đức, lối sống và thực hiện nhiệm vụ đảng viên nơi cư trú',
      period_from: at(0.92), period_to: addDays(anchor, 30), lead_person_id: P.dung, team: team('dung', 'ngoc'), status: 'decided',
      decision_no: 3, decision_date: at(0.9),
      plan: 'Đoàn làm việc với chi ủy, đảng viên được giám sát và Ban công tác Mặt trận bản; đảng viên báo cáo bằng văn bản.',
    });
  }
  await item({
    ...base, kind: 'supervision', subject_kind: 'cell', subject_org_id: cell['na-ngam'],
    content: 'Việc lãnh đạo thực hiện nghị quyết của chi bộ về xây dựng nông thôn mới',
    period_from: addDays(anchor, 20), period_to: addDays(anchor, 50), lead_person_id: P.thinh, team: team('thinh', 'chien'), status: 'planned',
  });
}
