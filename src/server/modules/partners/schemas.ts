import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LIMITS, Nullable, Uuid } from '../../schemas';
import { PARTNER_KINDS } from '../../../domain/partners';

/** Wire shapes of the partners module: what routes accept and return (OpenAPI is generated from them; the web takes its types from here). */
export const PartnerKindSchema = Type.Union(PARTNER_KINDS.map((k) => Type.Literal(k)));

export const PartnerContact = Type.Object({
  contactId: Type.String(), personId: Type.String(), fullName: Type.String(), phone: Nullable(Type.String()), title: Type.String(),
  startedOn: Type.String(),
});
export const Partner = Type.Object({
  id: Type.String(), orgId: Type.String(), kind: Type.String(), name: Type.String(), active: Type.Boolean(),
  contacts: Type.Array(PartnerContact),
});
export type Partner = Static<typeof Partner>;
export type PartnerContact = Static<typeof PartnerContact>;
export const PartnerList = Type.Array(Partner);

export const CreatePartnerBody = Type.Object({ kind: PartnerKindSchema, name: Type.String({ minLength: 2, maxLength: LIMITS.name }) });
export type CreatePartnerBody = Static<typeof CreatePartnerBody>;

export const UpdatePartnerBody = Type.Object({
  kind: Type.Optional(PartnerKindSchema), name: Type.Optional(Type.String({ minLength: 2, maxLength: LIMITS.name })),
  active: Type.Optional(Type.Boolean()),
});
export type UpdatePartnerBody = Static<typeof UpdatePartnerBody>;

export const AddContactBody = Type.Object({
  personId: Type.Optional(Type.String({
    format: 'uuid',
    description: 'a current party member of the unit who heads the partner unit (e.g. the veterans\' head); fullName, phone and gender are then theirs',
  })),
  fullName: Type.Optional(Type.String({ minLength: 2, maxLength: LIMITS.name, description: 'a new person (required without personId)' })),
  title: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  gender: Type.Optional(Nullable(Type.Union([Type.Literal('male'), Type.Literal('female')]))),
  startedOn: Type.Optional(IsoDate),
});
export type AddContactBody = Static<typeof AddContactBody>;

export const ContactParams = Type.Object({ id: Uuid, contactId: Uuid });
export type ContactParams = Static<typeof ContactParams>;
