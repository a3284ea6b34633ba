// Every cell's annual activity plan for the demo's year: month-by-month focus, a thematic topic each quarter
// (the village topics DOMAIN.md lists), targets. Seventeen approved by the commune; Huổi Phạ's submitted and
// waiting, Nà Ngấm's still a draft.
import type { Queryable } from '../db/index';
import { writeApproval, writePlan, writeSubmit } from '../modules/plans/service';
import { actorOf, usernameOf } from './actors';
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

/**
 * Through the plans service: each cell's plan saved and (but Nà Ngấm's) submitted by its secretary's account, or
 * the administrator's for a cell whose secretary has none, on 20 January; approved by the commune secretary
 * (pqdon) on 28 January, but Huổi Phạ's.
 */
export async function insertPlansDemo(q: Queryable, data: DemoData): Promise<void> {
  const lastDay = lastHeldMeetingDate(data);
  if (!lastDay) return;
  let year = Number(lastDay.slice(0, 4));
  if (daysBetween(`${year}-01-01`, lastDay) < 60) year -= 1;
  const admin = await actorOf(q, data, 'admin');
  const don = await actorOf(q, data, 'pqdon');
  const written = new Date(`${year}-01-20T08:00:00+07:00`);
  const approved = new Date(`${year}-01-28T08:00:00+07:00`);
  const cells = data.orgs.filter((o) => o.kind === 'cell');
  for (const [i, c] of cells.entries()) {
    const key = Object.entries(data.cellIds).find(([, id]) => id === c.id)?.[0];
    const status = key === 'huoi-pha' ? 'submitted' : key === 'na-ngam' ? 'draft' : 'approved';
    const village = c.name.startsWith('Chi bộ bản');
    const quarters = TOPICS.map((t, k) => ({
      quarter: k + 1, thematicTopic: k === 1 && !village ? 'Nâng cao chất lượng sinh hoạt chi bộ và thực hiện nhiệm vụ chuyên môn' : t,
      month: k * 3 + 2,
    }));
    const secretary = data.positions.find((p) => p.org_id === c.id && p.title === 'cell_secretary' && p.ended_on === null)?.person_id;
    const sec = usernameOf(data, secretary);
    const author = sec ? await actorOf(q, data, sec) : admin;
    await writePlan(q, author, c.id, year, {
      months: FOCUS.map((f, m) => ({ month: m + 1, focus: f })), quarters,
      targets: { attendanceRate: 90, regularMeetings: 12, thematicMeetings: 4, newMembers: i % 3 === 0 ? 2 : 1,
        other: 'Phấn đấu chi bộ hoàn thành tốt nhiệm vụ trở lên; 100% đảng viên được quán triệt các nghị quyết mới.' },
    }, written);
    if (status === 'draft') continue;
    await writeSubmit(q, author, c.id, year, written);
    if (status === 'approved') {
      await writeApproval(q, don, c.id, year, 'Đồng ý. Chi bộ chủ động lồng ghép chuyên đề với sinh hoạt thường kỳ.', approved);
    }
  }
}
