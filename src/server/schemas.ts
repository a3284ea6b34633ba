import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { MAX_DATE, MIN_DATE } from '../domain/dates';

/** Shared wire shapes and validation limits (used by route schemas; OpenAPI is generated from them). */
export const LIMITS = { name: 200, text: 2000, username: 40, password: 200 } as const;

export const Uuid = Type.String({ format: 'uuid' });
/**
 * The one date type of the API: a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31
 * (format 'date' is checked by isApiDate in src/domain/dates.ts; see app.ts). 2026-02-30 or 9999-12-31 is
 * refused with 400 naming the field, before anything reaches the database.
 */
export const IsoDate = Type.String({
  format: 'date',
  maxLength: 10,
  description: `YYYY-MM-DD, a real calendar date from ${MIN_DATE} to ${MAX_DATE}`,
});
/** A task's due date: a date as IsoDate, or "thường xuyên" (ongoing). */
export const TaskDue = Type.String({
  format: 'task-due',
  maxLength: 20,
  description: `YYYY-MM-DD (a real date from ${MIN_DATE} to ${MAX_DATE}) or "thường xuyên"`,
});
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/**
 * A response string whose values the server chooses from a known set: typed as that set for the web
 * (Static gives the union), while the JSON schema stays a plain string, as the routes have always sent.
 */
/** One of the given strings (validated as a union of literals; typed as the union). */
export const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnsafe<T[number]>;
export const StrOf = <T extends string>(description?: string) => Type.Unsafe<T>(Type.String(description ? { description } : {}));
export const IdParams = Type.Object({ id: Uuid });
export type IdParams = Static<typeof IdParams>;
export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Any()) }),
});
export const Ok = Type.Object({ ok: Type.Boolean() });

/** Standard error responses, so every route documents them in OpenAPI. */
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const Page = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
