import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** Shared wire shapes and validation limits (used by route schemas; OpenAPI is generated from them). */
export const LIMITS = { name: 200, text: 2000, username: 40, password: 200 } as const;

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
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
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
