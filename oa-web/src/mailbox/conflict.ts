import { ApiError } from '@/api/client'

/** What the clerk reads when the letter changed since they opened it (HTTP 409, stale version). */
export const CONFLICT_TITLE = '信件已被他人处理'
export const CONFLICT_DETAIL = '您看到的不是最新状态，请重新加载后再操作。'

/**
 * Whether a failed step means "someone else changed the letter": the service's stale-version
 * refusal (`letter-version-stale`) or the platform's optimistic-lock 409. Other 409s (a pending
 * extension, an already published letter…) are rule refusals the clerk must read as they are.
 */
export function isStaleLetter(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false
  const type = typeof error.problem?.type === 'string' ? error.problem.type : ''
  // urn:zhengtong:problem:letter-version-stale (the use case) or :concurrent-modification (the platform).
  if (/(letter-version-stale|concurrent-modification)$/.test(type)) return true
  // A 409 without a problem type (e.g. through an older gateway) is read as a stale version too.
  return type === '' || type === 'about:blank'
}
