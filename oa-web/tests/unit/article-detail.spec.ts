import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setNotifier } from '@/api/client'
import { json, problem, LI_NA, callsOf, lastBody } from './support'
import { formErrorsShown, mountApp, settle } from './app'
import { detail } from './fixtures'
import type { ArticleDetail } from '@/portal/articles'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})

afterEach(() => {
  document.body.innerHTML = ''
})

const posts = (fetchMock: ReturnType<typeof vi.fn>) => callsOf(fetchMock).filter((c) => c.startsWith('POST '))

function buttons(wrapper: { get: (s: string) => { findAll: (s: string) => { text: () => string }[] } }): string[] {
  return wrapper.get('[data-test="actions"]').findAll('button').map((b) => b.text())
}

async function openDetail(article: ArticleDetail, extra = {}, user: object = LI_NA) {
  return mountApp(`/portal/articles/${article.id}`, { '/api/portal/articles/7': () => json(article), ...extra }, user)
}

describe('article detail and review', () => {
  it('shows the body, the metadata in Beijing time and the history with actor, time and reason', async () => {
    const article = detail({
      status: 'REJECTED',
      statusLabel: '已退回',
      rejectionReason: '标题与正文不符',
      allowedActions: ['edit', 'submit'],
      history: [
        { action: 'SUBMITTED', actionLabel: '提交审核', actorName: '张伟', reason: null, at: '2026-03-01T16:05:00Z' },
        { action: 'REJECTED', actionLabel: '退回', actorName: '李娜', reason: '标题与正文不符', at: '2026-03-02T01:30:00Z' },
      ],
    })
    const { wrapper } = await openDetail(article)

    expect(wrapper.get('h1').text()).toBe('凤县召开2026年春季森林防火工作会议')
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已退回')
    expect(wrapper.get('[data-test="article-body"]').html()).toContain('<strong>春季森林防火</strong>')
    expect(wrapper.get('[data-test="rejection-reason"]').text()).toContain('标题与正文不符')
    const metadata = wrapper.get('[data-test="metadata"]').text()
    expect(metadata).toContain('凤县人民政府办公室')
    expect(metadata).toContain('创建时间2026-03-01 16:00')
    expect(metadata).toContain('提交时间2026-03-02 00:05')
    const history = wrapper.get('[data-test="history"]').findAll('.el-timeline-item')
    expect(history).toHaveLength(2)
    expect(history[1]?.text()).toContain('2026-03-02 09:30')
    expect(history[1]?.text()).toContain('退回')
    expect(history[1]?.text()).toContain('李娜')
    expect(history[1]?.text()).toContain('原因：标题与正文不符')
    wrapper.unmount()
  })

  it('offers exactly the actions the service allows', async () => {
    const review = await openDetail(detail({ allowedActions: ['approve', 'reject'] }))
    expect(buttons(review.wrapper)).toEqual(['审核通过', '退回'])
    review.wrapper.unmount()

    const draft = await openDetail(detail({ status: 'DRAFT', statusLabel: '草稿', allowedActions: ['edit', 'submit'] }))
    expect(buttons(draft.wrapper)).toEqual(['编辑', '提交审核'])
    draft.wrapper.unmount()

    const published = await openDetail(detail({ status: 'PUBLISHED', statusLabel: '已发布', allowedActions: ['withdraw'] }))
    expect(buttons(published.wrapper)).toEqual(['撤回'])
    published.wrapper.unmount()

    const readOnly = await openDetail(detail({ allowedActions: [] }))
    expect(buttons(readOnly.wrapper)).toEqual([])
    readOnly.wrapper.unmount()
  })

  it('does not reject without a reason, and rejects with the reason and the version read', async () => {
    const rejected = detail({
      status: 'REJECTED',
      statusLabel: '已退回',
      rejectionReason: '请补充会议时间',
      version: 4,
      allowedActions: [],
    })
    const { wrapper, fetchMock } = await openDetail(detail(), {
      'POST /api/portal/articles/7/reject': () => json(rejected),
    })

    await wrapper.get('[data-test="action-reject"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="退回文章"]')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请填写退回原因')
    await dialog.get('textarea').setValue('   ')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await settle()
    expect(posts(fetchMock)).toEqual([])

    await dialog.get('textarea').setValue('请补充会议时间')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await settle()

    expect(posts(fetchMock)).toEqual(['POST /api/portal/articles/7/reject'])
    expect(lastBody(fetchMock, 'POST /api/portal/articles/7/reject')).toEqual({ version: 3, reason: '请补充会议时间' })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已退回')
    expect(wrapper.get('[data-test="rejection-reason"]').text()).toContain('请补充会议时间')
    expect(document.body.textContent).toContain('已退回给编辑')
    wrapper.unmount()
  })

  it('withdraws a published article only with a reason', async () => {
    const published = detail({ status: 'PUBLISHED', statusLabel: '已发布', allowedActions: ['withdraw'] })
    const { wrapper, fetchMock } = await openDetail(published, {
      'POST /api/portal/articles/7/withdraw': () => json(detail({ status: 'WITHDRAWN', statusLabel: '已撤回', allowedActions: [] })),
    })

    await wrapper.get('[data-test="action-withdraw"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="撤回文章"]')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请填写撤回原因')
    expect(posts(fetchMock)).toEqual([])

    await dialog.get('textarea').setValue('信息有误')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, 'POST /api/portal/articles/7/withdraw')).toEqual({ version: 3, reason: '信息有误' })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已撤回')
    wrapper.unmount()
  })

  it('approves after a confirmation', async () => {
    const { wrapper, fetchMock } = await openDetail(detail(), {
      'POST /api/portal/articles/7/approve': () => json(detail({ status: 'PUBLISHED', statusLabel: '已发布', allowedActions: ['withdraw'] })),
    })

    await wrapper.get('[data-test="action-approve"]').trigger('click')
    await settle()
    const box = document.querySelector<HTMLElement>('.el-message-box')
    expect(box?.textContent).toContain('通过后文章将立即在门户网站发布')
    expect(posts(fetchMock)).toEqual([])
    const confirm = [...(box?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('通过并发布'))
    confirm?.click()
    await settle()

    expect(lastBody(fetchMock, 'POST /api/portal/articles/7/approve')).toEqual({ version: 3 })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已发布')
    expect(buttons(wrapper)).toEqual(['撤回'])
    wrapper.unmount()
  })

  it('says the article was changed by someone else when the version is stale, and reloads it on request', async () => {
    let version = 3
    const { wrapper, fetchMock } = await openDetail(detail(), {
      '/api/portal/articles/7': () => json(detail({ version })),
      'POST /api/portal/articles/7/reject': () => {
        version = 5
        return problem(409, { title: '文章已被修改', detail: '版本已过期' })
      },
    })

    await wrapper.get('[data-test="action-reject"]').trigger('click')
    await settle()
    await wrapper.get('[role="dialog"] textarea').setValue('请补充会议时间')
    await wrapper.get('[data-test="reason-confirm"]').trigger('click')
    await settle()

    const alert = wrapper.get('[data-test="conflict"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('该文章已被他人修改')
    expect(alert.text()).toContain('请重新加载后再操作')
    expect(notified).toEqual([])

    await alert.get('[data-test="reload"]').trigger('click')
    await settle()
    expect(callsOf(fetchMock).filter((c) => c === 'GET /api/portal/articles/7')).toHaveLength(2)
    expect(wrapper.find('[data-test="conflict"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('tells the user why an action was refused (403)', async () => {
    const { wrapper } = await openDetail(detail(), {
      'POST /api/portal/articles/7/withdraw': () => problem(403, { title: '无权操作', detail: '只有审核员可以撤回文章' }),
      '/api/portal/articles/7': () => json(detail({ allowedActions: ['withdraw'] })),
    })

    await wrapper.get('[data-test="action-withdraw"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="撤回文章"]')
    await dialog.get('textarea').setValue('信息有误')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await settle()

    expect(notified).toEqual(['无权操作：只有审核员可以撤回文章'])
    wrapper.unmount()
  })

  it('says when the article does not exist', async () => {
    const { wrapper } = await mountApp('/portal/articles/99', {
      '/api/portal/articles/99': () => problem(404, { title: '文章不存在' }),
    })

    expect(wrapper.get('[data-test="detail-problem"]').text()).toContain('文章不存在或已被删除')
    wrapper.unmount()
  })
})
