import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** What to tell the user about a failed request: the server's localized message when there is one. */
export function errorText(e: unknown, t: TFunction): string {
  if (e instanceof ApiError) {
    if (e.status === 0) return t('common.networkError');
    if (e.message) return e.message;
  }
  return t('common.unknownError');
}
