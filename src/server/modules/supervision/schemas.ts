import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable } from '../../schemas';

const Str = Type.String();
const N = Nullable(Type.String());
const Text = (min = 2) => Type.String({ minLength: min, maxLength: LIMITS.text * 5 });

export const SUPERVISION_KINDS = ['inspection', 'supervision'] as const;
export const SUBJECT_KINDS = ['cell', 'cell_committee', 'member'] as const;
export const ITEM_STATUSES = ['planned', 'decided', 'reported', 'findings', 'concluded', 'verified'] as const;

export const Kind = Type.Union(SUPERVISION_KINDS.map((k) => Type.Literal(k)), { description: 'inspection (kiểm tra) or thematic supervision (giám sát chuyên đề)' });
export const SubjectKind = Type.Union(SUBJECT_KINDS.map((k) => Type.Literal(k)), { description: 'a cell, its committee (chi ủy), or a member' });

export const ListQuery = Type.Object({
  orgId: Type.String({ format: 'uuid' }),
  year: Type.Optional(Type.Integer({ minimum: 1930, maximum: 2200 })),
});
export type ListQuery = Static<typeof ListQuery>;

const PersonRef = Type.Object({ personId: Str, name: Str });
export const Subject = Type.Object({ kind: Str, id: Str, name: Str, orgId: Str, orgName: Str });
export const Remedy = Type.Object({
  id: Str, position: Type.Integer(), content: Str, ownerPersonId: N, ownerName: Str, dueOn: Str,
  status: Type.Union([Type.Literal('open'), Type.Literal('reported'), Type.Literal('verified')]),
  overdue: Type.Boolean(), doneNote: N, reportedAt: N, verificationNote: N, verifiedAt: N, verifiedBy: N,
  taskId: Type.Union([Str, Type.Null()], { description: 'the task that follows this remedy in the tasks module' }),
});
export type Remedy = Static<typeof Remedy>;

export const ItemSummary = Type.Object({
  id: Str, orgId: Str, year: Type.Integer(), kind: Str, subject: Subject, content: Str, periodFrom: Str, periodTo: Str,
  lead: Nullable(PersonRef), team: Type.Array(PersonRef), status: Str,
  decisionNo: Nullable(Type.Integer()), decisionDate: N, noticeNo: Nullable(Type.Integer()), noticeDate: N,
  remedies: Type.Object({ total: Type.Integer(), open: Type.Integer(), reported: Type.Integer(), verified: Type.Integer(), overdue: Type.Integer() }),
});
export type ItemSummary = Static<typeof ItemSummary>;
export const ItemList = Type.Object({ year: Type.Integer(), orgId: Str, items: Type.Array(ItemSummary) });
export type ItemList = Static<typeof ItemList>;

export const ItemDetail = Type.Intersect([
  ItemSummary,
  Type.Object({
    plan: N, report: N, reportDate: N, findings: N, findingsDate: N,
    conclusion: Type.Object({ strengths: N, shortcomings: N, requests: N }),
    verifiedAt: N,
    remedyList: Type.Array(Remedy),
    /** Regular supervision draws on the committee members' attendance and observations of the subject's cell in the period. */
    observations: Type.Array(Type.Object({
      meetingId: Str, date: Str, overseer: Str, attended: Type.Boolean(), leadership: N, mood: N, residents: N, proposals: N,
    })),
    nextDecisionNo: Type.Integer(), nextNoticeNo: Type.Integer(),
  }),
]);
export type ItemDetail = Static<typeof ItemDetail>;

export const CreateItemBody = Type.Object({
  orgId: Type.String({ format: 'uuid', description: 'the committee whose programme this is' }),
  year: Type.Integer({ minimum: 1930, maximum: 2200 }),
  kind: Kind,
  subjectKind: SubjectKind,
  subjectOrgId: Type.String({ format: 'uuid', description: 'the cell (for a member, optional: the member’s cell)' }),
  subjectPersonId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  content: Type.String({ minLength: 2, maxLength: LIMITS.text }),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  leadPersonId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  teamPersonIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20 })),
});
export type CreateItemBody = Static<typeof CreateItemBody>;

export const DecisionBody = Type.Object({
  decisionNo: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999 })),
  decisionDate: IsoDate,
  plan: Text(),
});
export type DecisionBody = Static<typeof DecisionBody>;
export const ReportBody = Type.Object({ report: Text(), reportDate: IsoDate });
export type ReportBody = Static<typeof ReportBody>;
export const FindingsBody = Type.Object({ findings: Text(), findingsDate: IsoDate });
export type FindingsBody = Static<typeof FindingsBody>;
export const RemedyInput = Type.Object({
  content: Type.String({ minLength: 2, maxLength: LIMITS.text }),
  ownerName: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  ownerPersonId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  dueOn: IsoDate,
});
export type RemedyInput = Static<typeof RemedyInput>;
export const ConclusionBody = Type.Object({
  strengths: Text(),
  shortcomings: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text * 5 }))),
  requests: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text * 5 }))),
  noticeNo: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999 })),
  noticeDate: IsoDate,
  remedies: Type.Array(RemedyInput, { maxItems: 50 }),
});
export type ConclusionBody = Static<typeof ConclusionBody>;
export const RemedyParams = Type.Object({ id: Type.String({ format: 'uuid' }), remedyId: Type.String({ format: 'uuid' }) });
export type RemedyParams = Static<typeof RemedyParams>;
export const NoteBody = Type.Object({ note: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.text }))) });
export type NoteBody = Static<typeof NoteBody>;
export const DocParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  doc: Type.Union([Type.Literal('decision'), Type.Literal('notice')]),
});
export type DocParams = Static<typeof DocParams>;
export const DocQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('pdf'), Type.Literal('docx')])) });
export type DocQuery = Static<typeof DocQuery>;
