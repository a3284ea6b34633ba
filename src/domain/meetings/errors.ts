// A broken domain rule. `code` is stable (clients and the API switch on it); `message` is Vietnamese for users.
export class RuleError extends Error {
  readonly code: string;
  readonly params?: Record<string, unknown>;

  constructor(code: string, message: string, params?: Record<string, unknown>) {
    super(message);
    this.name = 'RuleError';
    this.code = code;
    this.params = params;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
