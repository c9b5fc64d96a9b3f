import type { ArticleDetail, ArticleSummary, Channel } from '@/portal/articles'
import type { PageOf } from '@/api/paging'

export const CHANNELS: Channel[] = [
  {
    code: 'county',
    name: '凤县',
    parentCode: null,
    unitCode: 'gov-office',
    news: false,
    writable: false,
    children: [
      { code: 'news', name: '要闻动态', parentCode: 'county', unitCode: 'gov-office', news: true, writable: true, children: [] },
      { code: 'notices', name: '通知公告', parentCode: 'county', unitCode: 'gov-office', news: false, writable: true, children: [] },
      { code: 'tourism', name: '文化旅游', parentCode: 'county', unitCode: 'culture-tourism', news: true, writable: false, children: [] },
    ],
  },
]

export function summary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 7,
    title: '凤县召开2026年春季森林防火工作会议',
    channelCode: 'news',
    channelName: '要闻动态',
    unitCode: 'gov-office',
    status: 'SUBMITTED',
    statusLabel: '待审核',
    authorName: '张伟',
    updatedAt: '2026-03-01T16:05:00Z',
    publishedAt: null,
    version: 3,
    ...overrides,
  }
}

export function page(content: ArticleSummary[], totalElements = content.length): PageOf<ArticleSummary> {
  return { content, page: 0, size: 20, totalElements, totalPages: Math.ceil(totalElements / 20) }
}

export function detail(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  return {
    id: 7,
    title: '凤县召开2026年春季森林防火工作会议',
    summary: '部署春季森林防火工作。',
    bodyHtml: '<p>3月2日上午，凤县召开<strong>春季森林防火</strong>工作会议。</p>',
    channelCode: 'news',
    channelName: '要闻动态',
    unitCode: 'gov-office',
    unitName: '凤县人民政府办公室',
    status: 'SUBMITTED',
    statusLabel: '待审核',
    rejectionReason: null,
    version: 3,
    authorName: '张伟',
    createdAt: '2026-03-01T08:00:00Z',
    updatedAt: '2026-03-01T16:05:00Z',
    submittedAt: '2026-03-01T16:05:00Z',
    publishedAt: null,
    withdrawnAt: null,
    allowedActions: ['approve', 'reject'],
    history: [
      { action: 'CREATED', actionLabel: '创建', actorName: '张伟', reason: null, at: '2026-03-01T08:00:00Z' },
      { action: 'SUBMITTED', actionLabel: '提交审核', actorName: '张伟', reason: null, at: '2026-03-01T16:05:00Z' },
    ],
    ...overrides,
  }
}
