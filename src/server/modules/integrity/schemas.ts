import { Type } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

export const VerifyQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }) });

export const SealReport = Type.Object({
  ok: Type.Boolean({ description: 'true when no break was found' }),
  checkedAt: Type.String({ format: 'date-time' }),
  units: Type.Integer({ description: 'units with approved minutes' }),
  versions: Type.Integer({ description: 'approved versions checked' }),
  breaks: Type.Array(Type.Object({
    problem: Type.Union([
      Type.Literal('content_changed'), Type.Literal('hash_mismatch'), Type.Literal('chain_broken'), Type.Literal('version_missing'),
    ], { description: 'content_changed: the text no longer matches its hash; hash_mismatch: the seal itself was altered; '
      + 'chain_broken: the version does not follow the unit’s previous one; version_missing: a version that should exist does not' }),
    orgId: Type.String(), orgName: Type.String(), meetingId: Type.String(), meetingDate: Type.String(),
    version: Nullable(Type.Integer()), chainSeq: Nullable(Type.Integer()),
  })),
  heads: Type.Array(Type.Object({
    orgId: Type.String(), orgName: Type.String(), versions: Type.Integer(),
    hash: Type.String({ description: 'hash of the unit’s latest approved version: note it down to notice a rewritten chain later' }),
  })),
});
