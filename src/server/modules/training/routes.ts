import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { todayVn } from '../../../domain/dates';
import * as service from './service';
import {
  CourseDetail, CourseList, CourseListQuery, CreateCourseBody, MemberTraining, Owing, OwingQuery, OwnRecordBody, ParticipantsBody,
} from './schemas';

const thisYear = () => Number(todayVn().slice(0, 4));

/** Training of members: courses and studies, who attended and completed, each member's record, who still owes a course. */
export async function trainingRoutes(app: FastifyInstance) {
  const tags = ['training'];
  app.get<{ Querystring: CourseListQuery }>(
    '/api/training/courses',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: CourseListQuery, response: { 200: CourseList, ...errors },
        summary: 'Các lớp bồi dưỡng, học tập trong năm / The year’s courses and studies (run by the unit, above or under it)',
      },
    },
    async (req) => service.listCourses(app.db, req.query.orgId, req.query.year ?? thisYear()),
  );
  app.post<{ Body: CreateCourseBody }>(
    '/api/training/courses',
    {
      config: { permission: act('oversight.manage', 'org', 'body', 'orgId') },
      schema: { tags, body: CreateCourseBody, response: { 201: CourseDetail, ...errors }, summary: 'Mở lớp, cử đảng viên đi học / Add a course and enrol members' },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createCourse(app.db, principalOf(req), req.body);
    },
  );
  app.get<{ Params: IdParams }>(
    '/api/training/courses/:id',
    {
      config: { permission: act('oversight.read', 'training') },
      schema: { tags, params: IdParams, response: { 200: CourseDetail, ...errors }, summary: 'Một lớp và học viên / A course and who took part' },
    },
    async (req) => service.getCourse(app.db, req.params.id),
  );
  app.put<{ Params: IdParams; Body: ParticipantsBody }>(
    '/api/training/courses/:id/participants',
    {
      config: { permission: act('oversight.manage', 'training') },
      schema: {
        tags, params: IdParams, body: ParticipantsBody, response: { 200: CourseDetail, ...errors },
        summary: 'Ghi tham dự, kết quả, giấy chứng nhận / Record attendance, result and certificate (adds members not yet listed)',
      },
    },
    async (req) => service.recordParticipants(app.db, principalOf(req), req.params.id, req.body),
  );
  app.get<{ Querystring: OwingQuery }>(
    '/api/training/owing',
    {
      config: { permission: act('oversight.read', 'org', 'query', 'orgId') },
      schema: {
        tags, querystring: OwingQuery, response: { 200: Owing, ...errors },
        summary: 'Đảng viên còn nợ lớp bắt buộc / Members who still owe a required course (new-member course in probation, the year’s study)',
      },
    },
    async (req) => service.owing(app.db, req.query.orgId, req.query.year ?? thisYear()),
  );
  app.get<{ Params: IdParams }>(
    '/api/members/:id/training',
    {
      config: { permission: act('member.read', 'person') },
      schema: { tags, params: IdParams, response: { 200: MemberTraining, ...errors }, summary: 'Quá trình bồi dưỡng của đảng viên / A member’s training record' },
    },
    async (req) => service.memberTraining(app.db, req.params.id),
  );
  app.post<{ Params: IdParams; Body: OwnRecordBody }>(
    '/api/members/:id/training',
    {
      config: { permission: act('member.manage', 'person') },
      schema: {
        tags, params: IdParams, body: OwnRecordBody, response: { 201: MemberTraining, ...errors },
        summary: 'Ghi một lớp đã học (theo giấy chứng nhận) / Record a course taken elsewhere, from its certificate',
      },
    },
    async (req, reply) => {
      reply.status(201);
      return service.addOwnRecord(app.db, principalOf(req), req.params.id, req.body);
    },
  );
}
