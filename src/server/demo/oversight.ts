// The committee's year in the demo: Tòng Văn Khay's observations after the meetings of his three cells that he
// attended since he took them over, all but the latest written (that one waits on his first screen).
import { isPresentStatus } from '../../domain/meetings/index';
import { joinTx, type Db, type Queryable } from '../db/index';
import { addDays } from '../../domain/dates';
import { writeObservation } from '../modules/oversight/service';
import { actorOf, usernameOf } from './actors';
import type { DemoData } from './types';

const LEADERSHIP = [
  'Chi bộ chuẩn bị nội dung chu đáo, chi ủy họp trước thống nhất nội dung; đồng chí Bí thư điều hành đúng trình tự, kết luận rõ từng việc và người thực hiện.',
  'Sinh hoạt đúng ngày, đủ các bước; nghị quyết tháng ngắn gọn, sát với việc của bản (làm đường, chăm sóc lúa, giữ an ninh).',
  'Chi bộ kiểm điểm việc tháng trước còn chung chung, chưa nêu rõ việc chưa làm được và lý do; đã nhắc chi ủy chuẩn bị kỹ hơn.',
  'Chi bộ bám sát nghị quyết của Đảng ủy xã, giao việc cụ thể cho các đoàn thể; nhiều đảng viên phát biểu, có ý kiến thẳng thắn.',
];
const MOOD = [
  'Đảng viên phấn khởi, đồng thuận với chủ trương làm đường nội bản; một số đảng viên cao tuổi lo chi phí đóng góp.',
  'Tư tưởng ổn định; đảng viên quan tâm giá lúa, giá phân bón và việc làm của thanh niên đi làm ăn xa.',
  'Đảng viên tin tưởng vào lãnh đạo của chi bộ; còn 1–2 đồng chí ngại phát biểu, cần động viên.',
  'Đảng viên đồng tình với việc sắp xếp lại thôn bản; có ý kiến đề nghị giữ nếp sinh hoạt ngày mùng 10 như cũ.',
];
const RESIDENTS = [
  'Nhân dân đồng tình hiến đất làm đường; một số hộ đề nghị làm rõ mức đóng góp.',
  'Bà con phản ánh nước tưới vụ chiêm thiếu ở cánh đồng phía dưới bản.',
  null,
  'Nhân dân phấn khởi với việc sửa nhà văn hóa bản; mong sớm có điện chiếu sáng đường nội bản.',
];
const PROPOSALS = [
  'Đề nghị Đảng ủy xã chỉ đạo hỗ trợ xi măng làm đường nội bản.',
  null,
  'Đề nghị Đảng ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác chi bộ cho chi ủy các bản.',
  'Đề nghị xã phối hợp thủy lợi nạo vét mương trước vụ chiêm.',
];

/** Through the oversight service, as Tòng Văn Khay (tvkhay), each written the day after its meeting at 20:00. */
export async function insertOversightDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const khay = data.storyPeople.khay;
  if (!khay) return;
  // The held meetings of the cells he was in charge of on the day, where the roll call has him present, late or
  // leaving early; in the order of their days (and ids).
  const h = data.meetings;
  const came = new Set(h.attendance.filter((a) => isPresentStatus(a.status))
    .map((a) => a.invitation_id));
  const his = new Set(h.invitations.filter((i) => i.person_id === khay && came.has(i.id)).map((i) => i.meeting_id));
  const inCharge = (orgId: string, date: string) => data.orgOverseers.some((o) => o.org_id === orgId && o.person_id === khay
    && o.started_on <= date && (o.ended_on === null || o.ended_on >= date));
  const attended = h.meetings
    .filter((m) => (m.status === 'held' || m.status === 'approved') && his.has(m.id) && inCharge(m.org_id, m.date))
    .map((m) => ({ meeting_id: m.id, date: m.date }))
    .sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.meeting_id < y.meeting_id ? -1 : x.meeting_id > y.meeting_id ? 1 : 0));
  const username = usernameOf(data, khay);
  if (!username) return;
  const inTx = joinTx(db, q);
  const who = await actorOf(q, data, username);
  // The latest attended meeting has no observation yet.
  for (const [i, m] of attended.slice(0, -1).entries()) {
    await writeObservation(inTx, who, m.meeting_id, {
      leadership: LEADERSHIP[i % 4], mood: MOOD[(i + 1) % 4], residents: RESIDENTS[i % 4], proposals: PROPOSALS[(i + 2) % 4],
    }, new Date(`${addDays(m.date, 1)}T20:00:00+07:00`));
  }
}
