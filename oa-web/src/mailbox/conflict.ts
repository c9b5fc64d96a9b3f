import { isStaleVersion } from '@/api/conflict'

/**
 * Whether a failed step means "someone else changed the letter": the service's stale-version
 * refusal (`letter-version-stale`) or the platform's optimistic-lock 409. Other 409s (a pending
 * extension, an already published letter…) are rule refusals the clerk must read as they are.
 */
export function isStaleLetter(error: unknown): boolean {
  return isStaleVersion(error, 'letter-version-stale')
}
