import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable, StrOf } from '../../schemas';

/** Wire shapes of the party-unit tree (OpenAPI is generated from them; the web takes its types from here). */
export const OrgKind = Type.Union([Type.Literal('committee'), Type.Literal('sub_committee'), Type.Literal('cell')]);
export const Org = Type.Object({
  id: Type.String(),
  parentId: Nullable(Type.String()),
  kind: OrgKind,
  name: Type.String(),
  place: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('merged'), Type.Literal('dissolved')]),
  mergedIntoId: Nullable(Type.String()),
  endedOn: Nullable(Type.String()),
  endedReason: Nullable(Type.String()),
  memberCount: Type.Integer(),
  contextOnly: Type.Boolean({ description: 'an ancestor shown for context, outside the caller’s scope' }),
});
export const OrgDetail = Type.Intersect([
  Org,
  Type.Object({
    ancestors: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: StrOf<OrgKind>() })),
    children: Type.Array(Org),
    nameHistory: Type.Array(Type.Object({ name: Type.String(), validFrom: Type.String(), validTo: Nullable(Type.String()) })),
    officers: Type.Array(
      Type.Object({
        positionId: Type.String(), personId: Type.String(), fullName: Type.String(), title: Type.String(),
        termLabel: Nullable(Type.String()), startedOn: Type.String(),
      }),
    ),
    overseers: Type.Array(Type.Object({ personId: Type.String(), fullName: Type.String(), startedOn: Type.String() })),
    counts: Type.Object({ total: Type.Integer(), official: Type.Integer(), probationary: Type.Integer(), exempt: Type.Integer() }),
    can: Type.Object({
      manage: Type.Boolean(), manageMembers: Type.Boolean(), managePartners: Type.Boolean(), manageMeetings: Type.Boolean(), readMembers: Type.Boolean(),
      manageAccounts: Type.Boolean(), readAudit: Type.Boolean(),
    }),
  }),
]);

export const Name = Type.String({ minLength: 2, maxLength: LIMITS.name });
export const CreateBody = Type.Object({
  parentId: Type.String({ format: 'uuid' }),
  kind: OrgKind,
  name: Name,
  place: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.name }))),
  foundedOn: Type.Optional(IsoDate),
});
export const UpdateBody = Type.Object({
  name: Type.Optional(Name),
  place: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.name }))),
  effectiveOn: Type.Optional(IsoDate),
});
export const MoveBody = Type.Object({ parentId: Type.String({ format: 'uuid' }) });
export const MergeBody = Type.Object({
  intoId: Type.String({ format: 'uuid' }),
  effectiveOn: Type.Optional(IsoDate),
  reason: Type.String({ minLength: 1, maxLength: LIMITS.text }),
});
export const DissolveBody = Type.Object({ effectiveOn: Type.Optional(IsoDate), reason: Type.String({ minLength: 1, maxLength: LIMITS.text }) });
export const TreeQuery = Type.Object({ includeInactive: Type.Optional(Type.Boolean()) });
export const OrgList = Type.Array(Org);
export const MergeResult = Type.Object({ movedMembers: Type.Integer(), org: Org });
export const OverseerBody = Type.Object({ personId: Type.String({ format: 'uuid' }), startedOn: Type.Optional(IsoDate) });
export const EndOverseerParams = Type.Object({ id: Type.String({ format: 'uuid' }), personId: Type.String({ format: 'uuid' }) });

export type OrgKind = Static<typeof OrgKind>;
export type Org = Static<typeof Org>;
export type OrgDetail = Static<typeof OrgDetail>;
export type CreateBody = Static<typeof CreateBody>;
export type UpdateBody = Static<typeof UpdateBody>;
export type MoveBody = Static<typeof MoveBody>;
export type MergeBody = Static<typeof MergeBody>;
export type DissolveBody = Static<typeof DissolveBody>;
export type TreeQuery = Static<typeof TreeQuery>;
export type MergeResult = Static<typeof MergeResult>;
export type OverseerBody = Static<typeof OverseerBody>;
export type EndOverseerParams = Static<typeof EndOverseerParams>;
