import { useTranslation } from 'react-i18next';
import { Chip, type Tone } from '../Tags';
import type { AttendanceStatus, MeetingStatus, MeetingType } from './api';

const STATUS_TONE: Record<MeetingStatus, Tone> = { planned: 'grey', moved: 'amber', cancelled: 'red', held: 'blue', approved: 'green' };

/** Dự kiến / Đã dời / Đã hủy / Đã họp / Đã duyệt biên bản. */
export function MeetingStatusTag({ status }: { status: MeetingStatus | string }) {
  const { t } = useTranslation();
  return <Chip tone={STATUS_TONE[status as MeetingStatus] ?? 'grey'}>{t(`mtg.status.${status}`, { defaultValue: status })}</Chip>;
}

export function MeetingTypeTag({ type }: { type: MeetingType | string }) {
  const { t } = useTranslation();
  return <Chip tone={type === 'regular' ? 'grey' : type === 'extraordinary' ? 'red' : 'blue'}>{t(`mtg.typeShort.${type}`, { defaultValue: type })}</Chip>;
}

const ATT_TONE: Record<AttendanceStatus, Tone> = {
  present: 'green', late: 'amber', left_early: 'amber', absent_excused: 'blue', absent_unexcused: 'red',
};

export function AttendanceTag({ status }: { status: AttendanceStatus | string | null }) {
  const { t } = useTranslation();
  if (!status) return <Chip tone="grey">{t('mtg.att.not_recorded')}</Chip>;
  return <Chip tone={ATT_TONE[status as AttendanceStatus] ?? 'grey'}>{t(`mtg.att.${status}`, { defaultValue: status })}</Chip>;
}
