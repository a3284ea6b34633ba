import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

export const PERIOD_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$';
export const Period = Type.String({ pattern: PERIOD_PATTERN, maxLength: 7, description: 'YYYY-MM | YYYY-Qn | YYYY-H1 | YYYY-H2 | YYYY' });
export const ReportQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }), period: Period });
export type ReportQuery = Static<typeof ReportQuery>;

const Text = (description: string) => Type.String({ maxLength: 8000, description });
export const Narrative = Type.Object({
  strengths: Text('Ưu điểm / strengths'),
  weaknesses: Text('Hạn chế, nguyên nhân / shortcomings and their causes'),
  directions: Text('Phương hướng, nhiệm vụ kỳ tới / directions for the next period'),
  proposals: Text('Kiến nghị, đề xuất (may be empty) / proposals to the upper level'),
});

export const ReportState = Type.Object({
  orgId: Type.String(), period: Type.String(), label: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('issued')]),
  number: Nullable(Type.String({ description: "'Số 03-BC/ĐU' once issued" })),
  issuedOn: Nullable(Type.String()), issuedVersion: Nullable(Type.Integer()),
  version: Type.Integer({ description: 'the narrative’s last version (0: never saved)' }),
  narrative: Narrative,
  versions: Type.Array(Type.Object({
    version: Type.Integer(), savedAt: Type.String(), savedBy: Nullable(Type.String()), narrative: Narrative,
  }), { description: 'every saved version, the newest first' }),
});
export type ReportState = Static<typeof ReportState>;

export const SaveNarrativeBody = Type.Object({
  orgId: Type.String({ format: 'uuid' }), period: Period,
  version: Type.Integer({ minimum: 0, maximum: 100000, description: 'the version the text was written from; a later save by someone else is refused (409)' }),
  narrative: Narrative,
});
export type SaveNarrativeBody = Static<typeof SaveNarrativeBody>;

export const IssueBody = Type.Object({
  orgId: Type.String({ format: 'uuid' }), period: Period,
  date: Type.Optional(Type.String({ format: 'date', maxLength: 10, description: 'issue date (default today)' })),
});
export type IssueBody = Static<typeof IssueBody>;
