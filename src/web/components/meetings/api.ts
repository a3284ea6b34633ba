// The meetings screens' data access lives in src/web/api/meetings.ts; this file keeps their short import path.
export type {
  MeetingType, MeetingStatus, AttendanceStatus, VoteMethod, ListItem, MeetingList, Invitation, AgendaItem, Vote, Task, Meeting, DuesList, Feed,
  AttendanceHistory, MyMeeting, ResolutionStatus,
} from '../../api/contract';
export { MEETING_TYPES, REGULAR_KINDS, RECORDED_STATUSES as ATTENDANCE_STATUSES } from '../../../domain/meetings/index';
export {
  meetingKey, meetingKeys, meetingCalls, meetingFiles, useMeeting, useMeetingList, useMyMeetings, useMeetingRule, useDues, useScoringSchemes,
  useCalendarFeeds, useAttendanceHistory, useMeetingAction, useSetMeeting,
} from '../../api/meetings';
