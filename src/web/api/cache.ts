import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Puts what the server answered to a save into the cache, in place of what is kept under `key`.
 * A read of the same key still on its way (sent before the save was committed) is cancelled first:
 * arriving after the save's answer, it would put the old state back on the screen.
 */
export async function replaceCached<T>(qc: QueryClient, key: QueryKey, data: T): Promise<void> {
  await qc.cancelQueries({ queryKey: key, exact: true });
  qc.setQueryData(key, data);
}
