import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, lit, Nullable } from '../../schemas';
import { DUES_CATEGORIES, EVENT_KINDS, POSITION_TITLES, STANDINGS, THEORY_LEVELS } from '../../../domain/members';

/** Wire shapes of members (OpenAPI is generated from them; the web takes its types from here). */
export const Str = (max: number = LIMITS.name) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const Date_ = Type.Optional(Nullable(IsoDate));

const MemberFields = {
  fullName: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  birthDate: Date_,
  gender: Type.Optional(Nullable(lit(['male', 'female'] as const))),
  ethnicity: Str(), religion: Str(), phone: Str(30), email: Str(), citizenId: Str(20), address: Str(LIMITS.text),
  education: Str(), cardNo: Str(30), admissionDate: Date_, officialDate: Date_,
  standing: lit(STANDINGS),
  theoryLevel: Type.Optional(Nullable(lit(THEORY_LEVELS))),
  duesCategory: Type.Optional(lit(DUES_CATEGORIES)),
  duesBase: Type.Optional(Nullable(Type.Integer({
    minimum: 0, maximum: 2_000_000_000,
    description: 'salary (salaried) or pension (pensioner) declared for party dues, đồng a month (QĐ 342-QĐ/TW); null for other categories',
  }))),
};
export const CreateBody = Type.Object({ orgId: Type.String({ format: 'uuid' }), joinedOn: Type.Optional(IsoDate), ...MemberFields });
// Standing changes only through a recorded event (POST /members/{id}/events), never by editing.
const { standing: _standing, ...EditableFields } = MemberFields;
export const UpdateBody = Type.Partial(Type.Object(EditableFields));

export const MemberRow = Type.Object(
  {
    personId: Type.String(), fullName: Type.String(), standing: Type.String(), state: Type.String(), orgId: Type.String(),
    orgName: Type.String(), positions: Type.Array(Type.String()),
    birthDate: Type.Optional(Nullable(Type.String())), gender: Type.Optional(Nullable(Type.String())),
    ethnicity: Type.Optional(Nullable(Type.String())), phone: Type.Optional(Nullable(Type.String())),
    cardNo: Type.Optional(Nullable(Type.String())), admissionDate: Type.Optional(Nullable(Type.String())),
    officialDate: Type.Optional(Nullable(Type.String())), theoryLevel: Type.Optional(Nullable(Type.String())),
    duesCategory: Type.Optional(Nullable(Type.String())),
  },
  { description: 'Details beyond name and standing are present only for callers who may read member records.' },
);
const N = Nullable(Type.String());
export const Profile = Type.Object({
  personId: Type.String(), fullName: Type.String(), birthDate: N, gender: N, ethnicity: N, religion: N, phone: N, email: N,
  citizenId: N, address: N, education: N, cardNo: N, admissionDate: N, officialDate: N, standing: N, state: N, theoryLevel: N,
  duesCategory: N, duesBase: Nullable(Type.Integer()), currentOrgId: N, currentOrgName: N,
  memberships: Type.Array(Type.Object({
    id: Type.String(), orgId: Type.String(), orgName: Type.String({ description: 'the unit’s name at the time' }), orgNameNow: Type.String(),
    orgStatus: Type.String(), kind: Type.String({ description: "'official', or 'temporary' (sinh hoạt tạm thời: from startedOn to endedOn, both days included)" }),
    startedOn: Type.String(), endedOn: N, endReason: N,
  })),
  events: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), effectiveOn: Type.String(), reason: N, decisionRef: N, fromOrgName: N, toOrgName: N,
  })),
  positions: Type.Array(Type.Object({
    positionId: Type.String(), orgId: Type.String(), orgName: Type.String(), title: Type.String(), termLabel: N,
    startedOn: Type.String(), endedOn: N,
  })),
  account: Nullable(Type.Object({ accountId: Type.String(), username: Type.String(), disabled: Type.Boolean() })),
  can: Type.Object({ manage: Type.Boolean(), manageAccount: Type.Boolean() }),
});
export const MemberList = Type.Object({
  total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(MemberRow),
});

export const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  includeFormer: Type.Optional(Type.Boolean()),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

export const SearchQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) });

export const TransferBody = Type.Object({
  toOrgId: Type.String({ format: 'uuid' }), effectiveOn: Type.Optional(IsoDate),
  reason: Type.String({ minLength: 1, maxLength: LIMITS.text }),
});

export const EventBody = Type.Object({
  kind: lit(EVENT_KINDS), effectiveOn: IsoDate, reason: Str(LIMITS.text), decisionRef: Str(100),
});

export const PositionBody = Type.Object({
  orgId: Type.String({ format: 'uuid' }), title: lit(POSITION_TITLES), termLabel: Str(50), startedOn: Type.Optional(IsoDate),
});

export const EndBody = Type.Object({ endedOn: Type.Optional(IsoDate) });

export const TemporaryBody = Type.Object({
  hostOrgId: Type.String({ format: 'uuid', description: 'the cell where the member attends temporarily' }),
  from: IsoDate, to: IsoDate, // the last day, included
  reason: Str(LIMITS.text),
});
export const TemporaryParams = Type.Object({ id: Type.String({ format: 'uuid' }), membershipId: Type.String({ format: 'uuid' }) });
export const EndTemporaryBody = Type.Object({ to: IsoDate });
const Line = {
  personId: Type.String(), name: Type.String(), standing: Type.String(), orgId: Type.String(), orgName: Type.String(),
};
export const UnitStanding = Type.Object({
  date: Type.String(),
  minimum: Type.Integer({ description: 'official members a cell needs (Party Charter: 3)' }),
  official: Nullable(Type.Integer({ description: 'a cell’s official members on the date (its own, not those attending elsewhere)' })),
  tooFew: Type.Array(Type.Object({ orgId: Type.String(), orgName: Type.String(), official: Type.Integer() }), {
    description: 'cells (this one, or those under a committee) with fewer official members than the minimum',
  }),
  attendingHere: Type.Array(Type.Object({ ...Line, state: Type.String(), from: Type.String(), to: N, otherOrgId: Type.String(), otherOrgName: Type.String() }), {
    description: 'members of other cells attending here temporarily (orgId: the host; otherOrgId: their own cell)',
  }),
  attendingElsewhere: Type.Array(Type.Object({ ...Line, state: Type.String(), from: Type.String(), to: N, otherOrgId: Type.String(), otherOrgName: Type.String() }), {
    description: 'own members attending another cell temporarily (otherOrgId: the host), not summoned here',
  }),
  suspended: Type.Array(Type.Object({ ...Line, since: N }), { description: 'suspended members: listed, not summoned, out of the voting base' }),
});
export const StandingQuery = Type.Object({ date: Type.Optional(IsoDate) });

export type TemporaryBody = Static<typeof TemporaryBody>;
export type EndTemporaryBody = Static<typeof EndTemporaryBody>;
export type UnitStanding = Static<typeof UnitStanding>;
export type TransferBody = Static<typeof TransferBody>;
export type EventBody = Static<typeof EventBody>;
export type PositionBody = Static<typeof PositionBody>;
export type CreateMemberBody = Static<typeof CreateBody>;
export type UpdateMemberBody = Static<typeof UpdateBody>;
export type MemberRow = Static<typeof MemberRow>;
export const MemberRows = Type.Array(MemberRow);
export type Profile = Static<typeof Profile>;
export type MemberList = Static<typeof MemberList>;
export type CreateBody = CreateMemberBody;
export type UpdateBody = UpdateMemberBody;
export type ListQuery = Static<typeof ListQuery>;
export type SearchQuery = Static<typeof SearchQuery>;
export type EndBody = Static<typeof EndBody>;
export type TemporaryParams = Static<typeof TemporaryParams>;
export type StandingQuery = Static<typeof StandingQuery>;
