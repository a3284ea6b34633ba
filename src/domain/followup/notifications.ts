// What chibo tells people, and in which words (Vietnamese first, English second). Each notification is stored as its
// kind and params; the words are made when it is read (in the reader's language) or when it is e-mailed.
import { formatDateVi, type IsoDate } from '../dates';
import { ruleText } from '../meetings/rule-messages';

export const NOTIFICATION_KINDS = [
  'meeting_notice', 'meeting_moved', 'meeting_cancelled', 'minutes_approved',
  'task_assigned', 'task_due_soon', 'task_overdue',
  'report_due', 'report_missing',
  'dissemination_due', 'dissemination_overdue',
  'absence_warning', 'dues_warning', 'score_waiting',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const CHANNELS = ['app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export type NotificationParams = Record<string, string | number | null | undefined>;
type Lang = 'vi' | 'en';
type Words = { title: string; body: string };

const d = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v as IsoDate) : String(v ?? ''));
const month = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? `${v.slice(5)}/${v.slice(0, 4)}` : String(v ?? ''));
const time = (v: unknown) => (typeof v === 'string' ? v.slice(0, 5) : '');
const at = (p: NotificationParams, lang: Lang) => (p.location ? (lang === 'vi' ? ` tại ${p.location}` : ` at ${p.location}`) : '');
const reason = (p: NotificationParams, lang: Lang) => (p.reason ? (lang === 'vi' ? ` Lý do: ${p.reason}.` : ` Reason: ${p.reason}.`) : '');

/** '3,5,7' (stored) → [3, 5, 7]: the months of the year a warning counts. */
const monthList = (v: unknown) => String(v ?? '').split(',').filter(Boolean).map(Number);
const level = (p: NotificationParams) => (p.level === 'flag' ? 'flag' : 'warning');
const ruleWords = (lang: Lang, topic: 'absence' | 'dues', p: NotificationParams) =>
  ruleText(lang, `${topic}_${level(p)}`, { count: p.count, year: p.year, months: monthList(p.months) });

const TEXTS: Record<NotificationKind, Record<Lang, (p: NotificationParams) => Words>> = {
  meeting_notice: {
    vi: (p) => ({ title: `Giấy triệu tập: ${p.org} sinh hoạt ngày ${d(p.date)}`,
      body: `${p.org} sinh hoạt lúc ${time(p.time)} ngày ${d(p.date)}${at(p, 'vi')}. Đề nghị đồng chí đến dự đầy đủ, đúng giờ.` }),
    en: (p) => ({ title: `Notice: ${p.org} meets on ${d(p.date)}`,
      body: `${p.org} meets at ${time(p.time)} on ${d(p.date)}${at(p, 'en')}. Please attend, on time.` }),
  },
  meeting_moved: {
    vi: (p) => ({ title: `${p.org} dời buổi sinh hoạt sang ngày ${d(p.date)}`,
      body: `Buổi sinh hoạt ngày ${d(p.from)} dời sang ${time(p.time)} ngày ${d(p.date)}${at(p, 'vi')}.${reason(p, 'vi')}` }),
    en: (p) => ({ title: `${p.org} moved its meeting to ${d(p.date)}`,
      body: `The meeting of ${d(p.from)} is moved to ${time(p.time)} on ${d(p.date)}${at(p, 'en')}.${reason(p, 'en')}` }),
  },
  meeting_cancelled: {
    vi: (p) => ({ title: `${p.org} hủy buổi sinh hoạt ngày ${d(p.date)}`, body: `Buổi sinh hoạt ngày ${d(p.date)} không họp.${reason(p, 'vi')}` }),
    en: (p) => ({ title: `${p.org} cancelled its meeting of ${d(p.date)}`, body: `The meeting of ${d(p.date)} will not take place.${reason(p, 'en')}` }),
  },
  minutes_approved: {
    vi: (p) => ({ title: `Biên bản buổi sinh hoạt ngày ${d(p.date)} đã được thông qua`, body: `${p.org}: biên bản và nghị quyết đã thông qua; nhiệm vụ trong nghị quyết được theo dõi.` }),
    en: (p) => ({ title: `Minutes of the meeting of ${d(p.date)} approved`, body: `${p.org}: minutes and resolution approved; the resolution's tasks are now tracked.` }),
  },
  task_assigned: {
    vi: (p) => ({ title: `Nhiệm vụ mới: ${p.title}`, body: `${p.giver} giao: ${p.title}. ${p.due === 'regular' ? 'Thực hiện thường xuyên.' : `Hạn ${d(p.due)}.`}` }),
    en: (p) => ({ title: `New task: ${p.title}`, body: `Given by ${p.giver}: ${p.title}. ${p.due === 'regular' ? 'Regular (ongoing).' : `Due ${d(p.due)}.`}` }),
  },
  task_due_soon: {
    vi: (p) => ({ title: `Sắp đến hạn: ${p.title}`, body: `Nhiệm vụ "${p.title}" đến hạn ngày ${d(p.due)}. Đề nghị ghi tiến độ.` }),
    en: (p) => ({ title: `Due soon: ${p.title}`, body: `The task "${p.title}" is due on ${d(p.due)}. Please record its progress.` }),
  },
  task_overdue: {
    vi: (p) => ({ title: `Quá hạn: ${p.title}`, body: `Nhiệm vụ "${p.title}" đã quá hạn (hạn ${d(p.due)}) mà chưa hoàn thành.` }),
    en: (p) => ({ title: `Overdue: ${p.title}`, body: `The task "${p.title}" was due on ${d(p.due)} and is not done.` }),
  },
  report_due: {
    vi: (p) => ({ title: `Sắp đến hạn báo cáo tháng ${month(p.month)}`, body: `${p.unit} cần nộp báo cáo tháng ${month(p.month)} trước ngày ${d(p.due)}.` }),
    en: (p) => ({ title: `Monthly report for ${month(p.month)} due soon`, body: `${p.unit} is to report for ${month(p.month)} by ${d(p.due)}.` }),
  },
  report_missing: {
    vi: (p) => ({ title: `Chưa nộp báo cáo tháng ${month(p.month)}`, body: `${p.unit} chưa nộp báo cáo tháng ${month(p.month)} (hạn ${d(p.due)}).` }),
    en: (p) => ({ title: `Monthly report for ${month(p.month)} not in`, body: `${p.unit} has not reported for ${month(p.month)} (due ${d(p.due)}).` }),
  },
  dissemination_due: {
    vi: (p) => ({ title: `Sắp đến hạn quán triệt ${p.number}`, body: `${p.org} cần quán triệt văn bản ${p.number} trước ngày ${d(p.by)}.` }),
    en: (p) => ({ title: `${p.number} to disseminate soon`, body: `${p.org} is to disseminate ${p.number} by ${d(p.by)}.` }),
  },
  dissemination_overdue: {
    vi: (p) => ({ title: `Quá hạn quán triệt ${p.number}`, body: `${p.org} chưa quán triệt văn bản ${p.number} (hạn ${d(p.by)}).` }),
    en: (p) => ({ title: `${p.number} not disseminated in time`, body: `${p.org} has not disseminated ${p.number} (due ${d(p.by)}).` }),
  },
  // To the cell's secretary. Charter; QĐ 24-QĐ/TW 2021, kept in QĐ 294-QĐ/TW 2025: 3 months in a year without a valid
  // reason → the cell considers removal; chibo warns at 2 and flags at 3 (src/domain/meetings/absence.ts, dues.ts).
  absence_warning: {
    vi: (p) => ({ title: level(p) === 'flag' ? `Xem xét xóa tên: ${p.member} vắng sinh hoạt ${p.count} tháng` : `Cảnh báo: ${p.member} vắng sinh hoạt ${p.count} tháng`,
      body: `Đồng chí ${p.member} (${p.org}): ${ruleWords('vi', 'absence', p)}` }),
    en: (p) => ({ title: level(p) === 'flag' ? `Consider removal: ${p.member} absent ${p.count} months` : `Warning: ${p.member} absent ${p.count} months`,
      body: `${p.member} (${p.org}): ${ruleWords('en', 'absence', p)}` }),
  },
  dues_warning: {
    vi: (p) => ({ title: level(p) === 'flag' ? `Xem xét xóa tên: ${p.member} chưa nộp đảng phí ${p.count} tháng` : `Cảnh báo: ${p.member} chưa nộp đảng phí ${p.count} tháng`,
      body: `Đồng chí ${p.member} (${p.org}): ${ruleWords('vi', 'dues', p)}` }),
    en: (p) => ({ title: level(p) === 'flag' ? `Consider removal: ${p.member} has not paid dues for ${p.count} months` : `Warning: ${p.member} has not paid dues for ${p.count} months`,
      body: `${p.member} (${p.org}): ${ruleWords('en', 'dues', p)}` }),
  },
  // To the committee member in charge who attended: the cell scored its meeting and waits for his confirmation.
  score_waiting: {
    vi: (p) => ({ title: `Chờ đồng chí xác nhận điểm: ${p.org} ngày ${d(p.date)}`,
      body: `${p.org} tự chấm buổi sinh hoạt ngày ${d(p.date)}: ${p.total} điểm (${p.label}). Đồng chí đã dự buổi này, đề nghị xem và xác nhận.` }),
    en: (p) => ({ title: `Score waiting for you: ${p.org}, ${d(p.date)}`,
      body: `${p.org} scored its meeting of ${d(p.date)}: ${p.total} points (${p.label}). You attended it: please review and confirm.` }),
  },
};

/** The words of a notification in a language; an unknown kind (from a newer version) says so plainly. */
export function notificationText(kind: string, params: NotificationParams, lang: Lang): Words {
  const t = TEXTS[kind as NotificationKind];
  if (!t) return { title: kind, body: '' };
  return t[lang](params);
}

export const KIND_LABELS: Record<NotificationKind, { vi: string; en: string }> = {
  meeting_notice: { vi: 'Giấy triệu tập sinh hoạt', en: 'Meeting notice' },
  meeting_moved: { vi: 'Dời buổi sinh hoạt', en: 'Meeting moved' },
  meeting_cancelled: { vi: 'Hủy buổi sinh hoạt', en: 'Meeting cancelled' },
  minutes_approved: { vi: 'Biên bản được thông qua', en: 'Minutes approved' },
  task_assigned: { vi: 'Được giao nhiệm vụ', en: 'Task given' },
  task_due_soon: { vi: 'Nhiệm vụ sắp đến hạn', en: 'Task due soon' },
  task_overdue: { vi: 'Nhiệm vụ quá hạn', en: 'Task overdue' },
  report_due: { vi: 'Sắp đến hạn báo cáo tháng', en: 'Monthly report due' },
  report_missing: { vi: 'Chưa nộp báo cáo tháng', en: 'Monthly report missing' },
  dissemination_due: { vi: 'Sắp đến hạn quán triệt', en: 'Dissemination due' },
  dissemination_overdue: { vi: 'Quá hạn quán triệt', en: 'Dissemination overdue' },
  absence_warning: { vi: 'Đảng viên vắng sinh hoạt không lý do (cảnh báo)', en: 'Member absent without reason (warning)' },
  dues_warning: { vi: 'Đảng viên chưa nộp đảng phí (cảnh báo)', en: 'Member behind with dues (warning)' },
  score_waiting: { vi: 'Điểm buổi sinh hoạt chờ xác nhận', en: 'Meeting score waiting for confirmation' },
};
