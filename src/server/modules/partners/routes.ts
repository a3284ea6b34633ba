import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import { AddContactBody, ContactParams, CreatePartnerBody, Partner, PartnerList, UpdatePartnerBody } from './schemas';
import { createPartner, listPartners, updatePartner } from './units';
import { addContact, endContact } from './contacts';

/** Routes only: a permission, a schema, one call. */
export async function partnerRoutes(app: FastifyInstance) {
  const tags = ['partners'];
  app.get<{ Params: IdParams }>(
    '/api/orgs/:id/partners',
    {
      config: { permission: act('partner.read', 'org') },
      schema: {
        tags, summary: 'Đoàn thể, đơn vị phối hợp của tổ chức / Partner units (mass organizations, police, militia)',
        params: IdParams, response: { 200: PartnerList, ...errors },
      },
    },
    async (req) => listPartners(app.db, req.params.id),
  );
  app.post<{ Params: IdParams; Body: CreatePartnerBody }>(
    '/api/orgs/:id/partners',
    {
      config: { permission: act('partner.manage', 'org') },
      schema: { tags, summary: 'Thêm đơn vị phối hợp / Add a partner unit', params: IdParams, body: CreatePartnerBody, response: { 201: Partner, ...errors } },
    },
    async (req, reply) => {
      reply.status(201);
      return createPartner(app.db, principalOf(req), req.params.id, req.body);
    },
  );
  app.patch<{ Params: IdParams; Body: UpdatePartnerBody }>(
    '/api/partners/:id',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Sửa đơn vị phối hợp / Edit a partner unit', params: IdParams, body: UpdatePartnerBody, response: { 200: Partner, ...errors } },
    },
    async (req) => updatePartner(app.db, principalOf(req), req.params.id, req.body),
  );
  app.post<{ Params: IdParams; Body: AddContactBody }>(
    '/api/partners/:id/contacts',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Thêm người liên hệ / Add a contact person', params: IdParams, body: AddContactBody, response: { 200: Partner, ...errors } },
    },
    async (req) => addContact(app.db, principalOf(req), req.params.id, { ...req.body, startedOn: req.body.startedOn ?? todayVn() }),
  );
  app.delete<{ Params: ContactParams }>(
    '/api/partners/:id/contacts/:contactId',
    {
      config: { permission: act('partner.manage', 'partner') },
      schema: { tags, summary: 'Thôi làm người liên hệ / End a contact', params: ContactParams, response: { 200: Partner, ...errors } },
    },
    async (req) => endContact(app.db, principalOf(req), req.params.id, req.params.contactId, todayVn()),
  );
}
