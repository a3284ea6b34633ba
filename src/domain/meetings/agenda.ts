import type { MeetingType } from './types';

// Default order of business (DOMAIN.md "Order of business": national guidance and commune templates).
// Templates are data: a cell may reorder or edit them for a given meeting.

export type AgendaItem = { key: string; title: string; titleEn: string };

const ITEMS = {
  opening: { title: 'Tuyên bố lý do, giới thiệu đại biểu', titleEn: 'Reason for the meeting; guests' },
  minute_taker: { title: 'Cử thư ký ghi biên bản', titleEn: 'Appoint the minute-taker' },
  roll_call: {
    title: 'Báo cáo tình hình đảng viên dự sinh hoạt (chính thức, dự bị, miễn sinh hoạt, có mặt, vắng mặt và lý do)',
    titleEn: 'Roll call (official, probationary, exempt, present, absent with reasons)',
  },
  dues: { title: 'Thu đảng phí', titleEn: 'Party dues' },
  approve_agenda: { title: 'Thông qua chương trình sinh hoạt', titleEn: 'Approve the agenda' },
  // Monthly meetings open with a short Hồ Chí Minh item (DOMAIN.md "Follow-through").
  ho_chi_minh: {
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    titleEn: 'Hồ Chí Minh study item',
  },
  monthly_review: {
    title: 'Đánh giá kết quả thực hiện nhiệm vụ tháng trước; phương hướng, nhiệm vụ tháng tới',
    titleEn: "Last month's results and next month's direction",
  },
  topic: { title: 'Sinh hoạt chuyên đề: trình bày chuyên đề', titleEn: 'Thematic topic' },
  matter: { title: 'Nội dung cần giải quyết', titleEn: 'Business of the meeting' },
  upper_documents: {
    title: 'Thông tin thời sự; quán triệt văn bản của cấp trên',
    titleEn: 'Pass on upper-level documents',
  },
  upper_member: {
    title: 'Ý kiến của đồng chí cấp ủy viên cấp trên phụ trách chi bộ',
    titleEn: 'The upper-level committee member in charge speaks',
  },
  discussion: { title: 'Thảo luận', titleEn: 'Discussion' },
  sum_up: { title: 'Chủ trì tổng hợp ý kiến, kết luận và phân công nhiệm vụ', titleEn: 'Sum-up and task assignment' },
  vote: { title: 'Biểu quyết thông qua kết luận, nghị quyết', titleEn: 'Vote on the conclusion/resolution' },
  admissions: {
    title: 'Công tác phát triển đảng viên; xét công nhận đảng viên chính thức',
    titleEn: 'Admissions and probation matters',
  },
  self_scoring: {
    title: 'Chi bộ tự đánh giá, chấm điểm chất lượng buổi sinh hoạt',
    titleEn: 'The cell scores its own meeting',
  },
  minutes: { title: 'Đọc lại và thông qua biên bản', titleEn: 'Read back and approve the minutes' },
  close: { title: 'Bế mạc', titleEn: 'Close' },
} as const satisfies Record<string, Omit<AgendaItem, 'key'>>;

export type AgendaItemKey = keyof typeof ITEMS;

const HEAD: AgendaItemKey[] = ['opening', 'minute_taker', 'roll_call', 'dues', 'approve_agenda', 'ho_chi_minh'];
const MIDDLE: AgendaItemKey[] = ['upper_documents', 'upper_member', 'discussion', 'sum_up', 'vote', 'admissions'];
const TAIL: AgendaItemKey[] = ['self_scoring', 'minutes', 'close'];

const ORDER: Record<MeetingType, AgendaItemKey[]> = {
  regular: [...HEAD, 'monthly_review', ...MIDDLE, ...TAIL],
  expanded: [...HEAD, 'monthly_review', ...MIDDLE, ...TAIL],
  // A thematic meeting takes the topic instead of the monthly review.
  thematic: [...HEAD, 'topic', ...MIDDLE, ...TAIL],
  // Combined in one session: the monthly review, then the topic (HD 42-HD/BTCTW allows one session).
  combined: [...HEAD, 'monthly_review', 'topic', ...MIDDLE, ...TAIL],
  // Called for one urgent matter: no dues, review or scoring.
  extraordinary: ['opening', 'minute_taker', 'roll_call', 'approve_agenda', 'matter', 'discussion', 'sum_up', 'vote', 'minutes', 'close'],
};

/** A fresh copy of the default agenda for a meeting type (callers may edit it). */
export function agendaTemplate(type: MeetingType): AgendaItem[] {
  const order = ORDER[type];
  if (!order) throw new RangeError(`Unknown meeting type: ${String(type)}`);
  return order.map((key) => ({ key, ...ITEMS[key] }));
}

export function agendaItem(key: AgendaItemKey): AgendaItem {
  return { key, ...ITEMS[key] };
}
