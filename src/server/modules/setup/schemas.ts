import { Type, type Static } from '@sinclair/typebox';
import { LIMITS } from '../../schemas';
import { SETUP_CODE_HEADER } from '../../security/setup-code';

/** Wire shapes of the setup module: what routes accept and return (OpenAPI is generated from them; the web takes its types from here). */
export const SetupState = Type.Object({
  needed: Type.Boolean(),
  codeRequired: Type.Boolean({ description: 'POST /api/setup and /api/setup/demo need X-Setup-Code' }),
});
export type SetupState = Static<typeof SetupState>;

export const CodeHeader = Type.Object({
  [SETUP_CODE_HEADER]: Type.Optional(Type.String({
    maxLength: 40, description: 'the one-time setup code printed in the server log at start (needed unless the server runs without one)',
  })),
});

export const DemoResult = Type.Object({
  orgs: Type.Integer(), members: Type.Integer(), accounts: Type.Integer(), password: Type.String(),
  usernames: Type.Array(Type.Object({ username: Type.String(), description: Type.String() })),
});
export type DemoResult = Static<typeof DemoResult>;

export const SetupBody = Type.Object({
  committeeName: Type.String({ minLength: 3, maxLength: LIMITS.name }),
  place: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  fullName: Type.String({ minLength: 2, maxLength: LIMITS.name }),
  username: Type.String({ minLength: 1, maxLength: LIMITS.username }),
  password: Type.String({ minLength: 1, maxLength: LIMITS.password }),
});
export type SetupBody = Static<typeof SetupBody>;

export const SetupDone = Type.Object({ orgId: Type.String() });
export type SetupDone = Static<typeof SetupDone>;
