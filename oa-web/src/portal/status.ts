import type { ArticleStatus } from './articles'

export interface StatusOption {
  value: ArticleStatus
  label: string
  /** Element Plus tag type. */
  tag: 'primary' | 'success' | 'warning' | 'danger' | 'info'
}

/** The article states in the order of the workflow, with their Chinese names and tag colours. */
export const ARTICLE_STATUSES: readonly StatusOption[] = [
  { value: 'DRAFT', label: '草稿', tag: 'primary' },
  { value: 'SUBMITTED', label: '待审核', tag: 'warning' },
  { value: 'PUBLISHED', label: '已发布', tag: 'success' },
  { value: 'REJECTED', label: '已退回', tag: 'danger' },
  { value: 'WITHDRAWN', label: '已撤回', tag: 'info' },
]

export function statusOption(status: string): StatusOption | undefined {
  return ARTICLE_STATUSES.find((s) => s.value === status)
}

export function isArticleStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && ARTICLE_STATUSES.some((s) => s.value === value)
}
