import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { act, principalOf } from '../../http';
import { errors, IdParams, IsoDate, LIMITS, Nullable } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';

const Kind = Type.Union(service.PARTNER_KINDS.map((k) => Type.Literal(k)));
const Partner = Type.Object({
  id: Type.String(), orgId: Type.String(), kind: Type.String(), name: Type.String(), active: Type.Boolean(),
  contacts: Type.Array(Type.Object({
    contactId: Type.String(), personId: Type.String(), fullName: Type.String(), phone: Nullable(Type.String()), title: Type.String(),
    startedOn: Type.String(),
  })),
});

export async function partnerRoutes(app: FastifyInstance) {
  const tags = ['partners'];
  app.get<{ Params: Static<typeof IdParams> }>(
    '/api/orgs/:id/partners',
    {
      config: { permission: act('partner.read', 'org') },
      schema: {
        tags, summary: 'Đoàn thể, đơn vị phối hợp của tổ chức / Partner units (mass organizations, police, militia)',
        params: IdParams, response: { 200: Type.Array(Partner), ...errors },
      },
    },
    async (req) => service.listPartners(app.db, req.params.id),
  );
  const CreateBody = Type.Object({ kind: Kind, name: Type.String({ minLength: 2, maxLength: LIMITS.name }) });
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof CreateBody> }>(
    '/api/orgs/:id/partners',
    {
      config: { permission: act('partner.manage', 'org') },
      schema: { tags, summary: 'Thêm đơn vị phối hợp / Add a partner unit', params: IdParams, body: CreateBody, response: { 201: Partner, ...errors } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createPartner(app.db, principalOf(req), req.params.id, req.body);
    },
  );
  const UpdateBody = Type.Object({
    kind: Type.Optional(Kind), name: Type.Optional(Type.String({ minLength: 2, maxLength: LIMITS.name })), active: Type.Optional(Type.Boolean()),
  });
  app.patch<{ Params: Static<typeof IdParams>; Body: Static<typeof UpdateBody> }>(
    '/api/partners/:id',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Sửa đơn vị phối hợp / Edit a partner unit', params: IdParams, body: UpdateBody, response: { 200: Partner, ...errors } },
    },
    async (req) => service.updatePartner(app.db, principalOf(req), req.params.id, req.body),
  );
  const ContactBody = Type.Object({
    fullName: Type.String({ minLength: 2, maxLength: LIMITS.name }),
    title: Type.String({ minLength: 2, maxLength: LIMITS.name }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    gender: Type.Optional(Nullable(Type.Union([Type.Literal('male'), Type.Literal('female')]))),
    startedOn: Type.Optional(IsoDate),
  });
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ContactBody> }>(
    '/api/partners/:id/contacts',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Thêm người liên hệ / Add a contact person', params: IdParams, body: ContactBody, response: { 200: Partner, ...errors } },
    },
    async (req) => service.addContact(app.db, principalOf(req), req.params.id, { ...req.body, startedOn: req.body.startedOn ?? todayVn() }),
  );
  const EndParams = Type.Object({ id: Type.String({ format: 'uuid' }), contactId: Type.String({ format: 'uuid' }) });
  app.delete<{ Params: Static<typeof EndParams> }>(
    '/api/partners/:id/contacts/:contactId',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Thôi làm người liên hệ / End a contact', params: EndParams, response: { 200: Partner, ...errors } },
    },
    async (req) => service.endContact(app.db, principalOf(req), req.params.id, req.params.contactId, todayVn()),
  );
}
