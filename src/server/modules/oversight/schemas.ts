import { Type, type Static } from '@sinclair/typebox';
import { LIMITS, Nullable } from '../../schemas';

const Str = Type.String();
const N = Nullable(Type.String());

export const PersonParams = Type.Object({ personId: Type.String({ format: 'uuid' }) });
export const YearQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 1930, maximum: 2200 })) });
export const MonthQuery = Type.Object({ month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7, description: 'YYYY-MM' })) });

export const Cell = Type.Object({ orgId: Str, orgName: Str, startedOn: Str, endedOn: N });

export const Observation = Type.Object({
  leadership: Type.String({ description: 'how the cell led the meeting and its work' }),
  mood: Type.String({ description: 'members’ thinking and mood' }),
  residents: Type.Union([Str, Type.Null()], { description: 'what residents say' }),
  proposals: Type.Union([Str, Type.Null()], { description: 'proposals to the committee' }),
  writtenAt: Str, updatedAt: Str,
});

export const ObservationItem = Type.Object({
  meetingId: Str, orgId: Str, orgName: Str, date: Str, type: Str, topic: N, status: Str,
  attendance: Type.Union([Str, Type.Null()], { description: 'the overseer’s roll-call status; null when not invited or not recorded' }),
  attended: Type.Boolean(),
  observation: Nullable(Observation),
  missing: Type.Boolean({ description: 'attended and no observation written yet' }),
});

export const ObservationList = Type.Object({
  personId: Str, fullName: Str, year: Type.Integer(), cells: Type.Array(Cell), items: Type.Array(ObservationItem),
});

const Text = Type.String({ maxLength: LIMITS.text });
export const ObservationBody = Type.Object({
  leadership: Type.String({ minLength: 2, maxLength: LIMITS.text, description: 'how the cell led' }),
  mood: Type.String({ minLength: 2, maxLength: LIMITS.text, description: 'members’ thinking and mood' }),
  residents: Type.Optional(Nullable(Text)),
  proposals: Type.Optional(Nullable(Text)),
});

const Score = Type.Object({
  meetingId: Str, orgId: Str, orgName: Str, date: Str, type: Str, total: Type.Number(), level: Str, proposedAt: Str,
  confirmedAt: N, confirmedBy: N, comment: N,
});
export const MyOversight = Type.Object({
  cells: Type.Array(Cell),
  scoresToConfirm: Type.Array(Score),
  recentlyConfirmed: Type.Array(Score),
  observationsToWrite: Type.Array(ObservationItem),
  nextMeetings: Type.Array(Type.Object({
    meetingId: Str, orgId: Str, orgName: Str, date: Str, startTime: Str, type: Str, topic: N, status: Str, location: N,
  })),
});

const PersonRef = Type.Object({ personId: Str, name: Str });
export const MonthView = Type.Object({
  orgId: Str, orgName: Str, month: Str,
  summary: Type.Object({ cells: Type.Integer(), held: Type.Integer(), withoutCommittee: Type.Integer(), missingObservations: Type.Integer() }),
  cells: Type.Array(Type.Object({
    orgId: Str, orgName: Str, overseers: Type.Array(PersonRef),
    meetings: Type.Array(Type.Object({
      meetingId: Str, date: Str, type: Str, status: Str,
      committeePresent: Type.Array(Type.Object({ personId: Str, name: Str, inCharge: Type.Boolean(), observed: Type.Boolean() })),
      observationsMissing: Type.Array(PersonRef),
    })),
    noCommittee: Type.Boolean({ description: 'meetings were held and no one from the committee attended any' }),
    missingObservations: Type.Integer(),
  })),
});

export type ObservationItem = Static<typeof ObservationItem>;
export type ObservationList = Static<typeof ObservationList>;
export type ObservationBody = Static<typeof ObservationBody>;
export type MyOversight = Static<typeof MyOversight>;
export type MonthView = Static<typeof MonthView>;
