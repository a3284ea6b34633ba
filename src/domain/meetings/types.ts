export type MeetingType = 'regular' | 'thematic' | 'combined' | 'expanded' | 'extraordinary';

export const MEETING_TYPES: readonly MeetingType[] = ['regular', 'thematic', 'combined', 'expanded', 'extraordinary'];

export const MEETING_TYPE_LABELS: Readonly<Record<MeetingType, string>> = {
  regular: 'Sinh hoạt thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
  combined: 'Sinh hoạt thường kỳ kết hợp chuyên đề',
  expanded: 'Sinh hoạt mở rộng',
  extraordinary: 'Sinh hoạt bất thường',
};

export const MEETING_TYPE_LABELS_EN: Readonly<Record<MeetingType, string>> = {
  regular: 'Regular meeting',
  thematic: 'Thematic meeting',
  combined: 'Regular and thematic meeting',
  expanded: 'Expanded meeting',
  extraordinary: 'Extraordinary meeting',
};

export function isMeetingType(s: unknown): s is MeetingType {
  return typeof s === 'string' && (MEETING_TYPES as readonly string[]).includes(s);
}

/** Meetings that fulfil the monthly regular meeting (an expanded meeting is a regular one with guests). */
export const REGULAR_KINDS: readonly MeetingType[] = ['regular', 'combined', 'expanded'];
