import { ApiError } from '@/api/client'

/** What the user reads when the article changed since they loaded it (HTTP 409, stale version). */
export const CONFLICT_TITLE = '该文章已被他人修改'
export const CONFLICT_DETAIL = '您看到的不是最新内容，请重新加载后再操作。'

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409
}
