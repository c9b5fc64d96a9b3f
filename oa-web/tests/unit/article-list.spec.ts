import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElPagination, ElTreeSelect } from 'element-plus'
import { json } from './support'
import { LI_NA, callsOf } from './support'
import { mountApp, settle } from './app'
import { CHANNELS, page, summary } from './fixtures'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

afterEach(() => {
  document.body.innerHTML = ''
})

const listCalls = (fetchMock: ReturnType<typeof vi.fn>) =>
  callsOf(fetchMock).filter((c) => c.startsWith('GET /api/portal/articles'))

function listRoutes(content = [summary()]) {
  return {
    '/api/portal/articles': () => json(page(content, 45)),
    '/api/portal/channels': () => json(CHANNELS),
  }
}

describe('article list (文章管理)', () => {
  it('lists the articles with channel, coloured status, author and Beijing times, and offers 新建文章 to an editor', async () => {
    const { wrapper, fetchMock } = await mountApp(
      '/portal/articles',
      listRoutes([summary(), summary({ id: 8, title: '关于清明节放假的通知', status: 'PUBLISHED', statusLabel: '已发布', publishedAt: '2026-03-30T02:00:00Z' })]),
    )

    expect(wrapper.get('h1').text()).toBe('文章管理')
    expect(document.title).toBe('文章管理 - 凤县政务协同办公平台')
    expect(listCalls(fetchMock)).toEqual(['GET /api/portal/articles?page=0&size=20'])
    const rows = wrapper.findAll('[data-test="article-table"] tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.text()).toContain('凤县召开2026年春季森林防火工作会议')
    expect(rows[0]?.text()).toContain('要闻动态')
    expect(rows[0]?.text()).toContain('2026-03-02 00:05')
    expect(rows[0]?.get('[data-status]').text()).toBe('待审核')
    expect(rows[0]?.get('.el-tag').classes()).toContain('el-tag--warning')
    expect(rows[1]?.get('.el-tag').classes()).toContain('el-tag--success')
    expect(rows[1]?.text()).toContain('2026-03-30 10:00')
    expect(rows[0]?.get('[data-test="article-title"]').attributes('href')).toBe('/oa/portal/articles/7')
    expect(wrapper.get('[data-test="new-article"]').text()).toBe('新建文章')
    expect(wrapper.text()).toContain('共 45 条')
    wrapper.unmount()
  })

  it('shows a reviewer the articles waiting for review first, without 新建文章', async () => {
    const { wrapper, fetchMock } = await mountApp('/portal/articles', listRoutes(), LI_NA)

    expect(listCalls(fetchMock)).toEqual(['GET /api/portal/articles?status=SUBMITTED&page=0&size=20'])
    const tabs = wrapper.findAll('[role="tab"]').map((t) => t.text())
    expect(tabs).toEqual(['待审核', '全部', '草稿', '已发布', '已退回', '已撤回'])
    expect(wrapper.get('[role="tab"][aria-selected="true"]').text()).toBe('待审核')
    expect(wrapper.find('[data-test="new-article"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('asks the service for what the filters say: status, channel, keyword and page', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/portal/articles', listRoutes())

    await wrapper.get('#tab-PUBLISHED').trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/portal/articles?status=PUBLISHED&page=0&size=20')

    wrapper.findComponent(ElTreeSelect).vm.$emit('update:modelValue', 'news')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/portal/articles?status=PUBLISHED&channel=news&page=0&size=20')

    await wrapper.get('#article-filter-q').setValue('  防火 ')
    await wrapper.get('[data-test="search"]').trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe(
      'GET /api/portal/articles?status=PUBLISHED&channel=news&q=%E9%98%B2%E7%81%AB&page=0&size=20',
    )

    wrapper.findComponent(ElPagination).vm.$emit('update:current-page', 3)
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe(
      'GET /api/portal/articles?status=PUBLISHED&channel=news&q=%E9%98%B2%E7%81%AB&page=2&size=20',
    )
    // The filters are in the address, so a reload or the back button keeps them.
    expect(router.currentRoute.value.query).toEqual({ status: 'PUBLISHED', channel: 'news', q: '防火', page: '3' })

    await wrapper.get('[data-test="reset"]').trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/portal/articles?page=0&size=20')
    wrapper.unmount()
  })

  it('offers the whole channel tree as a filter', async () => {
    const { wrapper } = await mountApp('/portal/articles', listRoutes())

    const select = wrapper.findComponent(ElTreeSelect)
    expect(select.props('data')).toEqual(CHANNELS)
    wrapper.unmount()
  })

  it('says so when there are no articles', async () => {
    const { wrapper } = await mountApp('/portal/articles?status=WITHDRAWN', listRoutes([]))

    expect(wrapper.get('[data-test="article-table"]').text()).toContain('暂无文章')
    wrapper.unmount()
  })
})
