import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { LOGIN, act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import {
  MonthQuery, MonthView, MyOversight, ObservationBody, ObservationItem, ObservationList, PersonParams, YearQuery,
} from './schemas';

/** Committee members in charge of cells: observations, what waits for them, the commune's month view. */
export async function oversightRoutes(app: FastifyInstance) {
  const tags = ['oversight'];
  app.get<{ Params: Static<typeof PersonParams>; Querystring: Static<typeof YearQuery> }>(
    '/api/overseers/:personId/observations',
    {
      config: { permission: LOGIN },
      schema: {
        tags, params: PersonParams, querystring: YearQuery, response: { 200: ObservationList, ...errors },
        summary: 'Chi bộ phụ trách, các buổi sinh hoạt, có dự không và nhận xét sau mỗi buổi / A committee member’s cells, '
          + 'their meetings, attendance and observations (his own, or the cells the caller oversees)',
      },
    },
    async (req) => service.observationsOf(app.db, principalOf(req), req.params.personId, req.query.year ?? Number(todayVn().slice(0, 4))),
  );
  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof ObservationBody> }>(
    '/api/meetings/:id/observation',
    {
      config: { permission: act('meeting.observe', 'meeting') },
      schema: {
        tags, params: IdParams, body: ObservationBody, response: { 200: ObservationItem, ...errors },
        summary: 'Ghi nhận xét sau buổi sinh hoạt đã dự (đảng ủy viên phụ trách) / Write the observation after an attended meeting',
      },
    },
    async (req) => service.writeObservation(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/my/oversight',
    {
      config: { permission: LOGIN },
      schema: {
        tags, response: { 200: MyOversight, ...errors },
        summary: 'Việc chờ đảng ủy viên phụ trách: điểm cần xác nhận, nhận xét cần ghi, buổi sắp tới / What waits for the committee member in charge',
      },
    },
    async (req) => service.myOversight(app.db, principalOf(req)),
  );
  app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof MonthQuery> }>(
    '/api/orgs/:id/oversight',
    {
      config: { permission: act('oversight.read', 'org') },
      schema: {
        tags, params: IdParams, querystring: MonthQuery, response: { 200: MonthView, ...errors },
        summary: 'Tháng: chi bộ không có đảng ủy viên dự, nhận xét còn thiếu / The month: cells no committee member attended, missing observations',
      },
    },
    async (req) => service.monthView(app.db, principalOf(req), req.params.id, req.query.month ?? todayVn().slice(0, 7)),
  );
}
