import { msg, type Locale, type MessageKey } from './messages';
import { ruleText, type RuleCode } from '../domain/meetings/rule-messages';

/** An error a user can act on: a stable code, an HTTP status, and a message in the request's language. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
  localized(locale: Locale): string {
    return msg(locale, this.key, this.params);
  }
}

export const NotFound = (what: MessageKey = 'not_found') => new AppError(404, 'not_found', what);
export const Forbidden = () => new AppError(403, 'forbidden', 'forbidden');
export const Unauthorized = (key: MessageKey = 'unauthorized') => new AppError(401, 'unauthorized', key);
export const Invalid = (key: MessageKey, params?: Record<string, string | number>, details?: unknown) =>
  new AppError(400, key, key, params, details);
export const Conflict = (key: MessageKey, params?: Record<string, string | number>) =>
  new AppError(409, key, key, params);

/**
 * A refusal by a domain rule: worded from the domain's rule catalogue (src/domain/meetings/rule-messages.ts)
 * in the request's language. `apiCode` is the code clients see (the rule's own code unless said otherwise).
 */
export class RuleRefusal extends AppError {
  constructor(status: number, apiCode: string, readonly rule: RuleCode, readonly ruleParams: Record<string, unknown> = {}, details?: unknown) {
    super(status, apiCode, 'meeting_rule', {}, details);
  }
  override localized(locale: Locale): string {
    return ruleText(locale, this.rule, this.ruleParams);
  }
}
