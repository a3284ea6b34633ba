import { Type, type Static } from '@sinclair/typebox';
import { LIMITS, Nullable, StrOf } from '../../schemas';
import type { Role } from '../../auth/policy';

/** Wire shapes of the auth module: what routes accept and return (OpenAPI is generated from them; the web takes its types from here). */
export const Locale = Type.Union([Type.Literal('vi'), Type.Literal('en')]);
export type Locale = Static<typeof Locale>;

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: LIMITS.username }),
  password: Type.String({ minLength: 1, maxLength: LIMITS.password }),
});
export type LoginBody = Static<typeof LoginBody>;

export const MeGrant = Type.Object({ role: StrOf<Role>(), orgId: Nullable(Type.String()), orgName: Nullable(Type.String()) });
export const Me = Type.Object({
  accountId: Type.String(),
  personId: Nullable(Type.String()),
  username: Type.String(),
  fullName: Nullable(Type.String()),
  locale: Locale,
  mustChangePassword: Type.Boolean(),
  largeText: Type.Boolean({ description: 'large-text mode: the web app shows its type larger on every device the person signs in on' }),
  grants: Type.Array(MeGrant),
  homeOrgId: Nullable(Type.String()),
});
export type Me = Static<typeof Me>;
export type MeGrant = Static<typeof MeGrant>;

export const PasswordBody = Type.Object({
  currentPassword: Type.String({ maxLength: LIMITS.password }),
  newPassword: Type.String({ maxLength: LIMITS.password }),
});
export type PasswordBody = Static<typeof PasswordBody>;

export const LocaleBody = Type.Object({ locale: Locale });
export const TextSizeBody = Type.Object({ large: Type.Boolean({ description: 'true: large-text mode' }) });
export type TextSizeBody = Static<typeof TextSizeBody>;
export type LocaleBody = Static<typeof LocaleBody>;

export const Session = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
  current: Type.Boolean(),
});
export type Session = Static<typeof Session>;
export const SessionList = Type.Array(Session);

/** A session's id (not a uuid: the sessions table's own key). */
export const SessionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
export type SessionParams = Static<typeof SessionParams>;
