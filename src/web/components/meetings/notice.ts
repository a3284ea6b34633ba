import type { TFunction } from 'i18next';
import type { Meeting } from './api';
import { fmtTime, weekdayDate } from './format';

/** Agenda items every meeting has (opening, roll call, closing…): left out of the notice's "Nội dung". */
const PROCEDURAL = ['opening', 'minute_taker', 'roll_call', 'dues', 'approve_agenda', 'close', 'read_minutes', 'self_scoring'];

/** The notice to members as a message app carries it: time, place and what the meeting is about (HD 42-HD/BTCTW). */
export function noticeText(m: Meeting, t: TFunction): string {
  const content = m.agenda
    .filter((x) => !PROCEDURAL.includes(x.templateKey ?? ''))
    .map((x) => x.title)
    .join('; ');
  return t('mtg.notice.text', {
    org: m.orgName, type: t(`mtg.type.${m.type}`).toLowerCase(), time: fmtTime(m.startTime), date: weekdayDate(m.date),
    place: m.location ?? '', content, topic: m.topic ? ` (${m.topic})` : '',
  });
}
