import { ruleText, type RuleCode } from './rule-messages';

/**
 * A broken domain rule: a stable `code` (clients and the API switch on it) and its `params`; the words
 * come from RULE_MESSAGES in the reader's language. `message` is the Vietnamese wording, for logs and tests.
 */
export class RuleError extends Error {
  readonly code: RuleCode;
  readonly params: Record<string, unknown>;

  constructor(code: RuleCode, params: Record<string, unknown> = {}) {
    super(ruleText('vi', code, params));
    this.name = 'RuleError';
    this.code = code;
    this.params = params;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
