/**
 * The web app's one door to the server's wire shapes: types only, taken from the route schemas
 * (`Static<typeof …>` in src/server/modules/<module>/schemas.ts). `export type` is erased at build,
 * so no server code reaches the bundle; a changed schema is a type error here or in the screens that
 * use it, never a broken screen. src/web imports server types through this file only (a test checks).
 */
export type {
  Partner, PartnerContact, CreatePartnerBody, UpdatePartnerBody, AddContactBody,
} from '../../server/modules/partners/schemas';
export type { PartnerKind } from '../../domain/partners';
export type { AuditEntry, AuditPage } from '../../server/modules/audit/schemas';
export type { ObservationItem, ObservationList, ObservationBody, MyOversight, MonthView } from '../../server/modules/oversight/schemas';
export type {
  ItemSummary as SupervisionItem, ItemDetail as SupervisionDetail, ItemList as SupervisionList, CreateItemBody as CreateSupervisionBody,
  DecisionBody, ReportBody, FindingsBody, ConclusionBody, Remedy as SupervisionRemedy,
} from '../../server/modules/supervision/schemas';
export type {
  ListItem, MeetingList, MeetingDetail as Meeting, AgendaItem, Invitation, Vote, Task, DuesList, RuleResponse as MeetingRule, UnitSchemes,
  AttendanceHistory, Feed, MyMeeting, CreateBody as CreateMeetingBody, UpdateBody as UpdateMeetingBody, RuleBody as MeetingRuleBody,
  ResolutionStatus, PreparationBody, AgendaBody, AgendaPatch, GuestBody, AttendanceBody, SpeechBody, VoteBody, DuesBody, ScoreBody, ResolutionBody,
  SpeechPatch, ConfirmBody, CorrectionBody, VoidBody, FeedBody, FeedCreated, CheckinToken, CheckinBody, CheckinResult,
} from '../../server/modules/meetings/schemas';
import type { ScoringScheme } from '../../domain/meetings/scoring';
/** A scoring scheme as GET /api/scoring-schemes lists it (the scheme is data, versioned; the route's schema leaves it open). */
export type ScoringSchemeItem = ScoringScheme & { active: boolean };
export type { MeetingType, MeetingStatus, VoteMethod, RecordedStatus as AttendanceStatus } from '../../domain/meetings/index';
export type {
  Org, OrgDetail, OrgKind, CreateBody as CreateOrgBody, UpdateBody as UpdateOrgBody, MoveBody as MoveOrgBody, MergeBody as MergeOrgBody,
  DissolveBody as DissolveOrgBody,
} from '../../server/modules/orgs/schemas';
export type {
  MemberRow, MemberList as MemberPage, Profile, CreateMemberBody, UpdateMemberBody, TransferBody, EventBody, PositionBody,
} from '../../server/modules/members/schemas';
export type { TemporaryBody, EndTemporaryBody, UnitStanding } from '../../server/modules/members/schemas';
export type { DuesWarningList } from '../../server/modules/meetings/schemas';
export type { Plan as ActivityPlan, PlanBody as ActivityPlanBody, PlanList as ActivityPlanList } from '../../server/modules/plans/schemas';
export type { ReportState, SaveNarrativeBody as SaveReportNarrativeBody, IssueBody as IssueReportBody } from '../../server/modules/reports/schemas';
export type {
  CourseList, CourseDetail, CourseSummary, CreateCourseBody, ParticipantsBody, MemberTraining, OwnRecordBody, Owing as TrainingOwing,
} from '../../server/modules/training/schemas';
export type { TrainingKind, TrainingStatus } from '../../domain/year/training';
export type {
  ReviewList, ReviewDetail, ReviewSummary, SelfBody as ReviewSelfBody, ProposalBody as ReviewProposalBody, DecisionBody as ReviewDecisionBody,
  Settings as ReviewSettings,
} from '../../server/modules/reviews/schemas';
export type { ReviewLevel } from '../../domain/year/review';
export type { ImportReport } from '../../server/modules/imports/schemas';
export type { Account, AccountGrant, CreateAccountBody, ResetPasswordBody, GrantBody } from '../../server/modules/accounts/schemas';
export type { Me, MeGrant, Session, Locale, LoginBody, PasswordBody } from '../../server/modules/auth/schemas';
export type { SetupState, SetupBody, SetupDone, DemoResult } from '../../server/modules/setup/schemas';
export type { Role } from '../../domain/roles';
export type { Dashboard, RulesMembers, Trends, MemberHome } from '../../server/modules/dashboard/schemas';
export type { SearchItem, SearchResult } from '../../server/modules/search/schemas';
