import { Type, type Static } from '@sinclair/typebox';
import { LIMITS, lit, Nullable, StrOf } from '../../schemas';
import { ROLES, type Role } from '../../auth/policy';

/** Wire shapes of the accounts module: what routes accept and return (OpenAPI is generated from them; the web takes its types from here). */
const RoleT = lit(ROLES);
const Password = Type.String({ minLength: 1, maxLength: LIMITS.password });

export const AccountGrant = Type.Object({ grantId: Type.String(), role: StrOf<Role>(), orgId: Nullable(Type.String()), orgName: Nullable(Type.String()) });
export const Account = Type.Object({
  accountId: Type.String(), personId: Nullable(Type.String()), username: Type.String(), fullName: Nullable(Type.String()),
  orgName: Nullable(Type.String()), locale: Type.String(), disabled: Type.Boolean(), mustChangePassword: Type.Boolean(),
  lastLoginAt: Nullable(Type.String()),
  grants: Type.Array(AccountGrant),
});
export type Account = Static<typeof Account>;
export type AccountGrant = Static<typeof AccountGrant>;
export const AccountList = Type.Array(Account);

export const ListQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
export type ListQuery = Static<typeof ListQuery>;

export const CreateAccountBody = Type.Object({
  personId: Type.String({ format: 'uuid' }),
  username: Type.String({ minLength: 1, maxLength: LIMITS.username }),
  password: Password,
  role: RoleT,
  orgId: Type.String({ format: 'uuid', description: 'where the first grant applies (its subtree)' }),
});
export type CreateAccountBody = Static<typeof CreateAccountBody>;

export const ResetPasswordBody = Type.Object({ password: Password });
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;

export const DisableBody = Type.Object({ disabled: Type.Boolean() });
export type DisableBody = Static<typeof DisableBody>;

export const GrantBody = Type.Object({ role: RoleT, orgId: Nullable(Type.String({ format: 'uuid' })) });
export type GrantBody = Static<typeof GrantBody>;
