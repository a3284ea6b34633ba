// What the minutes say under each item of the order of business (agendaTemplate's keys), for a held
// meeting; and the "open tasks" text the service puts under the monthly review of a planned one.
import { formatVnd, SCORE_LEVEL_LABELS, type AttendanceCounts, type MeetingType, type ScoreLevel } from '../../domain/meetings/index';
import { HCM_STORIES, hcmTheme } from './meetings-text';
import type { TaskParts } from '../modules/meetings/history';
import { formatDueVi } from '../../domain/dates';

export interface AgendaFacts {
  type: MeetingType;
  chair: { name: string; title: string };
  recorder: { name: string; title: string };
  overseer: string | null;
  guests: { name: string; title: string }[];
  counts: AttendanceCounts;
  dues: { payers: number; sum: number } | null;
  /** 'MM/YYYY' of the meeting's month and of the month before. */
  month: string;
  prevMonth: string;
  year: number;
  monthIndex: number;
  results: string[];
  tasks: TaskParts[];
  topic: string | null;
  presenter: string;
  /** The upper-level document passed on (regular meetings); a thematic meeting only hears the news. */
  upperDocument: string | null;
  vote: { for: number; base: number };
  score: { total: number; level: ScoreLevel };
  admissions: string[];
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const comrade = (p: { name: string; title: string }) => `đồng chí ${p.name}, ${p.title}`;

export function heldItem(key: string, f: AgendaFacts): { content: string; conclusion: string | null } {
  const c = f.counts;
  const none = { content: '', conclusion: null };
  switch (key) {
    case 'opening': {
      const guests = [...(f.overseer ? [`đồng chí ${f.overseer}, Đảng ủy viên phụ trách chi bộ`] : []), ...f.guests.map(comrade)];
      return { content: `Đồng chí ${f.chair.name}, ${f.chair.title}, tuyên bố lý do` +
        (guests.length ? `, giới thiệu đại biểu dự: ${guests.join('; ')}` : ''), conclusion: null };
    }
    case 'minute_taker':
      return { content: `Chi bộ nhất trí cử đồng chí ${f.recorder.name} (${f.recorder.title}) làm thư ký ghi biên bản`, conclusion: null };
    case 'roll_call':
      return {
        content: `Tổng số đảng viên: ${c.total} (chính thức ${c.official}, dự bị ${c.probationary}); miễn sinh hoạt: ${c.exempt}. ` +
          `Có mặt ${c.present}/${c.expected} đồng chí phải dự; vắng có lý do ${c.absentExcused}, vắng không lý do ${c.absentUnexcused}`,
        conclusion: null,
      };
    case 'dues':
      return f.dues ? { content: `Thu đảng phí tháng ${f.month}: ${f.dues.payers} đồng chí nộp tại buổi sinh hoạt, tổng số ${formatVnd(f.dues.sum)}`, conclusion: null } : none;
    case 'approve_agenda':
      return { content: 'Chi bộ nhất trí thông qua chương trình sinh hoạt', conclusion: null };
    case 'ho_chi_minh':
      return {
        content: `Đồng chí ${f.presenter} kể chuyện: ${HCM_STORIES[f.monthIndex - 1]}. Liên hệ chuyên đề năm ${f.year}: ` +
          `học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ${hcmTheme(f.year)}`,
        conclusion: f.monthIndex % 3 === 1 ? 'Mỗi đảng viên đăng ký một việc làm cụ thể theo gương Bác trong quý' : null,
      };
    case 'monthly_review':
      return {
        content: `Kết quả tháng ${f.prevMonth}: ${f.results.map(lowerFirst).join('; ')}.\n` +
          `Nhiệm vụ tháng ${f.month}: ${f.tasks.map((t) => lowerFirst(t.content)).join('; ')}`,
        conclusion: `Chi bộ thống nhất đánh giá kết quả tháng ${f.prevMonth} và nhiệm vụ tháng ${f.month} như dự thảo nghị quyết`,
      };
    case 'topic':
      return {
        content: `Đồng chí ${f.presenter} trình bày chuyên đề "${f.topic}"; đảng viên thảo luận, liên hệ bản thân`,
        conclusion: 'Chi bộ thống nhất các việc làm cụ thể sau chuyên đề, giao chi ủy theo dõi, kiểm tra',
      };
    case 'upper_documents':
      return { content: `${f.upperDocument ? `Quán triệt ${f.upperDocument}; thông` : 'Thông'} tin thời sự trong nước, trong tỉnh`, conclusion: null };
    case 'upper_member':
      return f.overseer ? { content: `Đồng chí ${f.overseer}, Đảng ủy viên phụ trách chi bộ, phát biểu ý kiến chỉ đạo`, conclusion: null } : none;
    case 'discussion':
      return { content: 'Đảng viên thảo luận, đóng góp ý kiến vào dự thảo nghị quyết', conclusion: null };
    case 'sum_up':
      return {
        content: `Đồng chí ${f.chair.name} tổng hợp ý kiến, kết luận và phân công nhiệm vụ`,
        conclusion: 'Giao các đoàn thể, đảng viên thực hiện nhiệm vụ theo nghị quyết; chi ủy kiểm tra, báo cáo tại kỳ sinh hoạt sau',
      };
    case 'vote':
      return { content: `Chi bộ biểu quyết bằng hình thức giơ tay: ${f.vote.for}/${f.vote.base} đồng chí tán thành`, conclusion: null };
    case 'admissions':
      return f.admissions.length ? { content: f.admissions.join('\n'), conclusion: null } : none;
    case 'self_scoring':
      return { content: `Chi bộ tự chấm ${String(f.score.total).replace('.', ',')} điểm, xếp loại ${SCORE_LEVEL_LABELS[f.score.level]}`, conclusion: null };
    case 'minutes':
      return { content: 'Thư ký đọc lại biên bản; chi bộ nhất trí thông qua', conclusion: null };
    default:
      return none;
  }
}

/** seedAgenda's review text: last meeting's open tasks. */
export function openTasksText(tasks: TaskParts[]): string {
  const open = tasks.filter((t) => !t.done);
  return open.length
    ? 'Nhiệm vụ kỳ trước cần đánh giá:\n' + open.map((t) => `- ${t.assignee}: ${t.content}${t.due ? ` (hạn ${formatDueVi(t.due)})` : ''}`).join('\n')
    : '';
}
