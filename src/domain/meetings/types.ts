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

/** Where a meeting stands: planned (or moved), held, its minutes approved; or cancelled with a reason. */
export const MEETING_STATUSES = ['planned', 'moved', 'cancelled', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const VOTE_METHODS = ['show_of_hands', 'ballot', 'electronic'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** Who an invitation summons: a member of the cell, an exempt member, the committee member in charge, a guest. */
export type InviteeRole = 'member' | 'exempt' | 'overseer' | 'guest';
