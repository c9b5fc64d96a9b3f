import { api, type RequestOptions } from '@/api/client'
import type { PageOf } from '@/api/paging'

/** The portal service's article API through the gateway (see README: 门户 · 文章管理). */
const BASE = '/api/portal'

export type ArticleStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'REJECTED' | 'WITHDRAWN'
export type ArticleAction = 'edit' | 'submit' | 'approve' | 'reject' | 'withdraw'
/** The transitions posted to `/articles/{id}/<action>`. */
export type WorkflowAction = Exclude<ArticleAction, 'edit'>

export interface Channel {
  code: string
  name: string
  parentCode: string | null
  unitCode: string | null
  news: boolean
  /** The caller may create articles in this channel. */
  writable: boolean
  children: Channel[]
}

export interface ArticleSummary {
  id: number | string
  title: string
  channelCode: string
  channelName: string
  unitCode: string
  status: ArticleStatus
  statusLabel: string
  authorName: string
  updatedAt: string
  publishedAt: string | null
  version: number
}

export interface HistoryEntry {
  action: string
  actionLabel: string
  actorName: string
  reason: string | null
  at: string
}

export interface ArticleDetail {
  id: number | string
  title: string
  summary: string | null
  /** Sanitised by the server; the only HTML the client ever renders with v-html. */
  bodyHtml: string
  channelCode: string
  channelName: string
  unitCode: string
  unitName: string | null
  status: ArticleStatus
  statusLabel: string
  rejectionReason: string | null
  version: number
  authorName: string
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  publishedAt: string | null
  withdrawnAt: string | null
  allowedActions: ArticleAction[]
  history: HistoryEntry[]
}

export interface ArticleQuery {
  status?: ArticleStatus
  channel?: string
  q?: string
  /** Zero-based, as the service counts. */
  page: number
  size: number
}

export interface ArticleDraft {
  title: string
  channelCode: string
  summary: string
  bodyHtml: string
}

type CallOptions = Pick<RequestOptions, 'silent' | 'signal'>

export function fetchChannels(options?: CallOptions): Promise<Channel[]> {
  return api.get<Channel[]>(`${BASE}/channels`, options)
}

export function fetchArticles(query: ArticleQuery, options?: CallOptions): Promise<PageOf<ArticleSummary>> {
  return api.get<PageOf<ArticleSummary>>(`${BASE}/articles`, {
    ...options,
    query: {
      status: query.status,
      channel: query.channel || undefined,
      q: query.q?.trim() || undefined,
      page: query.page,
      size: query.size,
    },
  })
}

export function fetchArticle(id: string | number, options?: CallOptions): Promise<ArticleDetail> {
  return api.get<ArticleDetail>(`${BASE}/articles/${encodeURIComponent(id)}`, options)
}

export function createArticle(draft: ArticleDraft, options?: CallOptions): Promise<ArticleDetail> {
  return api.post<ArticleDetail>(`${BASE}/articles`, { ...draft, summary: draft.summary || null }, options)
}

export function updateArticle(
  id: string | number,
  draft: ArticleDraft,
  version: number,
  options?: CallOptions,
): Promise<ArticleDetail> {
  return api.put<ArticleDetail>(
    `${BASE}/articles/${encodeURIComponent(id)}`,
    { ...draft, summary: draft.summary || null, version },
    options,
  )
}

/** submit, approve, reject or withdraw; reject and withdraw need a reason. */
export function transitionArticle(
  id: string | number,
  action: WorkflowAction,
  version: number,
  reason?: string,
  options?: CallOptions,
): Promise<ArticleDetail> {
  const body = reason === undefined ? { version } : { version, reason }
  return api.post<ArticleDetail>(`${BASE}/articles/${encodeURIComponent(id)}/${action}`, body, options)
}

/** The channels of the tree in which the caller may write, keeping their parents for context. */
export function writableTree(channels: readonly Channel[]): Channel[] {
  return channels.flatMap((channel): Channel[] => {
    const children = writableTree(channel.children ?? [])
    if (!channel.writable && children.length === 0) return []
    return [{ ...channel, children }]
  })
}

/** Finds a channel anywhere in the tree. */
export function findChannel(channels: readonly Channel[], code: string): Channel | undefined {
  for (const channel of channels) {
    if (channel.code === code) return channel
    const found = findChannel(channel.children ?? [], code)
    if (found) return found
  }
  return undefined
}
