import { labelsIn, type Labels } from '../labels';

export type MeetingType = 'regular' | 'thematic' | 'combined' | 'expanded' | 'extraordinary';

export const MEETING_TYPES: readonly MeetingType[] = ['regular', 'thematic', 'combined', 'expanded', 'extraordinary'];

/** The kinds of cell meeting (HD 12-HD/BTCTW), named in both languages. */
export const MEETING_TYPE_NAMES: Labels<MeetingType> = {
  regular: { vi: 'Sinh hoạt thường kỳ', en: 'Regular meeting' },
  thematic: { vi: 'Sinh hoạt chuyên đề', en: 'Thematic meeting' },
  combined: { vi: 'Sinh hoạt thường kỳ kết hợp chuyên đề', en: 'Regular and thematic meeting' },
  expanded: { vi: 'Sinh hoạt mở rộng', en: 'Expanded meeting' },
  extraordinary: { vi: 'Sinh hoạt bất thường', en: 'Extraordinary meeting' },
};

/** The names as documents and calendars write them (Vietnamese). */
export const MEETING_TYPE_LABELS: Readonly<Record<MeetingType, string>> = labelsIn('vi', MEETING_TYPE_NAMES);

export function isMeetingType(s: unknown): s is MeetingType {
  return typeof s === 'string' && (MEETING_TYPES as readonly string[]).includes(s);
}

/** Meetings that fulfil the monthly regular meeting (an expanded meeting is a regular one with guests). */
export const REGULAR_KINDS: readonly MeetingType[] = ['regular', 'combined', 'expanded'];

/** Where a meeting stands: planned (or moved), held, its minutes approved; or cancelled with a reason. */
export const MEETING_STATUSES = ['planned', 'moved', 'cancelled', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Labels<MeetingStatus> = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  moved: { vi: 'Đã dời', en: 'Moved' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  held: { vi: 'Đã họp', en: 'Held' },
  approved: { vi: 'Đã duyệt biên bản', en: 'Minutes approved' },
};

export const VOTE_METHODS = ['show_of_hands', 'ballot', 'electronic'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** Who an invitation summons: a member of the cell, an exempt member, the committee member in charge, a guest. */
export type InviteeRole = 'member' | 'exempt' | 'overseer' | 'guest';
