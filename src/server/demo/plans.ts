// Every cell's annual activity plan for the demo's year: month-by-month focus, a thematic topic each quarter
// (the village topics DOMAIN.md lists), targets. Seventeen approved by the commune; Huổi Phạ's submitted and
// waiting, Nà Ngấm's still a draft.
import type { Queryable } from '../db/index';
import { daysBetween } from '../../domain/dates';
import type { DemoData } from './types';
import { lastHeldMeetingDate } from './calendar';

const FOCUS = [
  'Đón Tết Nguyên đán an toàn, tiết kiệm; giữ gìn an ninh trật tự trong bản',
  'Ra quân đầu năm; chăm sóc lúa chiêm xuân; phòng chống cháy rừng',
  'Thu nộp đảng phí quý I; phát động làm đường nội bản; chăm sóc cây trồng',
  'Phòng chống dịch bệnh gia súc; tu sửa kênh mương trước mùa mưa',
  'Sơ kết 6 tháng thực hiện nghị quyết; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Gieo cấy lúa mùa; phòng chống thiên tai, lũ quét',
  'Tri ân thương binh, liệt sĩ 27/7; giữ vệ sinh môi trường',
  'Chăm sóc lúa mùa; phát triển chăn nuôi; bồi dưỡng quần chúng ưu tú',
  'Tổng kết năm học cũ, chuẩn bị năm học mới; vận động trẻ đến trường',
  'Thu hoạch lúa mùa; phòng chống tệ nạn xã hội',
  'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11)',
  'Kiểm điểm, đánh giá, xếp loại cuối năm; xây dựng kế hoạch năm sau',
];
const TOPICS = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Xây dựng nông thôn mới, phát triển kinh tế hộ gia đình',
  'Công tác phát triển đảng viên: tạo nguồn, bồi dưỡng quần chúng ưu tú',
  'Giữ gìn an ninh trật tự, phòng chống ma túy ở khu dân cư',
];

export async function insertPlansDemo(q: Queryable, data: DemoData): Promise<void> {
  const lastDay = await lastHeldMeetingDate(q);
  if (!lastDay) return;
  let year = Number(lastDay.slice(0, 4));
  if (daysBetween(`${year}-01-01`, lastDay) < 60) year -= 1;
  const don = data.accounts.find((a) => a.person_id === data.storyPeople.don)?.id ?? null;
  const cells = data.orgs.filter((o) => o.kind === 'cell');
  for (const [i, c] of cells.entries()) {
    const key = Object.entries(data.cellIds).find(([, id]) => id === c.id)?.[0];
    const status = key === 'huoi-pha' ? 'submitted' : key === 'na-ngam' ? 'draft' : 'approved';
    const village = c.name.startsWith('Chi bộ bản');
    const quarters = TOPICS.map((t, k) => ({
      quarter: k + 1, thematicTopic: k === 1 && !village ? 'Nâng cao chất lượng sinh hoạt chi bộ và thực hiện nhiệm vụ chuyên môn' : t,
      month: k * 3 + 2,
    }));
    await q.query(
      `INSERT INTO activity_plans (org_id, year, status, months, quarters, targets, submitted_at, approved_at, approved_by, approval_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [c.id, year, status, JSON.stringify(FOCUS.map((f, m) => ({ month: m + 1, focus: f }))), JSON.stringify(quarters),
        JSON.stringify({ attendanceRate: 90, regularMeetings: 12, thematicMeetings: 4, newMembers: i % 3 === 0 ? 2 : 1,
          other: 'Phấn đấu chi bộ hoàn thành tốt nhiệm vụ trở lên; 100% đảng viên được quán triệt các nghị quyết mới.' }),
        status === 'draft' ? null : `${year}-01-20T08:00:00+07:00`, status === 'approved' ? `${year}-01-28T08:00:00+07:00` : null,
        status === 'approved' ? don : null, status === 'approved' ? 'Đồng ý. Chi bộ chủ động lồng ghép chuyên đề với sinh hoạt thường kỳ.' : null],
    );
  }
}
