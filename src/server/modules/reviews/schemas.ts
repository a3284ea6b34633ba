import { Type, type Static } from '@sinclair/typebox';
import { LIMITS, Nullable, Uuid, lit } from '../../schemas';
import { REVIEW_LEVELS, REVIEW_STATUSES, REVIEW_SUBJECT_KINDS } from '../../../domain/year/review';

const Level = lit(REVIEW_LEVELS);
const Year = Type.Integer({ minimum: 1930, maximum: 2200 });
const Score = Type.Integer({ minimum: 0, maximum: 100 });
const LongText = (min = 0) => Type.String({ minLength: min, maxLength: LIMITS.text * 5 });
const Reason = Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text, description: 'why a "xuất sắc" beyond the quota is proposed' })));

export const ListQuery = Type.Object({ orgId: Uuid, year: Type.Optional(Year) });
export type ListQuery = Static<typeof ListQuery>;

const Subject = Type.Object({ kind: lit(REVIEW_SUBJECT_KINDS), id: Uuid, name: Type.String(), orgId: Uuid, orgName: Type.String() });
const Quota = Type.Object({ allowed: Type.Integer(), used: Type.Integer(), exceeded: Type.Boolean() });

export const ReviewSummary = Type.Object({
  id: Uuid, year: Type.Integer(), orgId: Uuid, subject: Subject, status: lit(REVIEW_STATUSES),
  selfLevel: Nullable(Level), proposedLevel: Nullable(Level), proposedScore: Nullable(Type.Integer()), decidedLevel: Nullable(Level),
  standing: Nullable(lit(['probationary', 'official'] as const)),
});
export type ReviewSummary = Static<typeof ReviewSummary>;

const Counts = Type.Object({
  excellent: Type.Integer(), good: Type.Integer(), completed: Type.Integer(), not_completed: Type.Integer(), pending: Type.Integer(),
});
export const ReviewList = Type.Object({
  year: Type.Integer(), orgId: Uuid, quotaPercent: Type.Integer(),
  items: Type.Array(ReviewSummary),
  summary: Type.Object({
    members: Type.Object({ proposed: Counts, decided: Counts, quota: Quota }),
    organisations: Type.Object({ proposed: Counts, decided: Counts, quota: Quota }),
  }, { description: 'the commune’s summary: levels proposed and decided, members apart from cells and cell committees' }),
});
export type ReviewList = Static<typeof ReviewList>;

export const Facts = Type.Object({
  from: Type.String(), to: Type.String(),
  meetings: Type.Object({ held: Type.Integer(), attended: Type.Integer(), excused: Type.Integer(), unexcused: Type.Integer() }),
  dues: Nullable(Type.Object({ months: Type.Integer(), amount: Type.Integer() })),
  tasks: Type.Object({ done: Type.Integer(), overdue: Type.Integer(), open: Type.Integer() }),
  trainings: Type.Array(Type.Object({ title: Type.String(), status: Type.String(), to: Type.String() })),
  inspections: Type.Array(Type.Object({ kind: Type.String(), content: Type.String(), status: Type.String(), shortcomings: Nullable(Type.String()) })),
  remediesOpen: Type.Integer(),
  quality: Type.Object({ tot: Type.Integer(), kha: Type.Integer(), trung_binh: Type.Integer(), kem: Type.Integer() }),
});
export type Facts = Static<typeof Facts>;

export const ReviewDetail = Type.Intersect([ReviewSummary, Type.Object({
  facts: Facts,
  selfText: Nullable(Type.String()), selfScore: Nullable(Type.Integer()), selfAt: Nullable(Type.String()),
  comments: Nullable(Type.String()), proposalReason: Nullable(Type.String()), proposedAt: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()), decisionReason: Nullable(Type.String()), decidedBy: Nullable(Type.String()), decidedAt: Nullable(Type.String()),
  warnings: Type.Array(Type.String({ description: 'codes: quota_exceeded, tasks_overdue, remedies_open, absences_unexcused' })),
  quota: Quota,
})]);
export type ReviewDetail = Static<typeof ReviewDetail>;

export const StartBody = Type.Object({ orgId: Uuid, year: Year });
export type StartBody = Static<typeof StartBody>;
export const StartResult = Type.Object({ created: Type.Integer(), total: Type.Integer() });

export const SelfBody = Type.Object({ text: LongText(3), score: Type.Optional(Nullable(Score)), level: Level });
export type SelfBody = Static<typeof SelfBody>;
export const ProposalBody = Type.Object({ comments: LongText(3), score: Type.Optional(Nullable(Score)), level: Level, quotaReason: Reason });
export type ProposalBody = Static<typeof ProposalBody>;
export const DecisionBody = Type.Object({ level: Level, note: Type.Optional(Nullable(LongText())), quotaReason: Reason });
export type DecisionBody = Static<typeof DecisionBody>;

export const Settings = Type.Object({ orgId: Uuid, excellentQuotaPercent: Type.Integer({ minimum: 0, maximum: 100 }) });
export type Settings = Static<typeof Settings>;
export const SettingsBody = Type.Object({ excellentQuotaPercent: Type.Integer({ minimum: 0, maximum: 100 }) });
export type SettingsBody = Static<typeof SettingsBody>;

export const DocQuery = Type.Object({ format: Type.Optional(lit(['pdf', 'docx'] as const)) });
export type DocQuery = Static<typeof DocQuery>;
export const SummaryDocQuery = Type.Object({ orgId: Uuid, year: Year, format: Type.Optional(lit(['pdf', 'docx'] as const)) });
export type SummaryDocQuery = Static<typeof SummaryDocQuery>;
