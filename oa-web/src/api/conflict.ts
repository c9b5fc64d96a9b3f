import { ApiError } from './client'

/** What the user reads when the record changed since they loaded it (HTTP 409, stale version). */
export const STALE_TEXTS = {
  article: { title: '该文章已被他人修改', detail: '您看到的不是最新内容，请重新加载后再操作。' },
  letter: { title: '信件已被他人处理', detail: '您看到的不是最新状态，请重新加载后再操作。' },
  document: { title: '该公文已被他人办理', detail: '您看到的不是最新状态，请重新加载后再操作。' },
} as const

/**
 * Whether a failed step means "someone else changed this meanwhile" (reload, then act again).
 *
 * Without `staleType` every 409 counts. With it (a service whose other 409s are rule refusals the
 * user must read as they are, e.g. the mailbox's pending extension), only that problem type, the
 * platform's optimistic-lock `concurrent-modification`, or a 409 without a problem type (e.g.
 * through an older gateway) count.
 */
export function isStaleVersion(error: unknown, staleType?: string): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false
  if (!staleType) return true
  const type = typeof error.problem?.type === 'string' ? error.problem.type : ''
  if (type === '' || type === 'about:blank') return true
  // urn:zhengtong:problem:<code>
  return type.endsWith(`:${staleType}`) || type.endsWith(':concurrent-modification')
}
