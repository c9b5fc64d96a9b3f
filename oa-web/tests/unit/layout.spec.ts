import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { redirectToLogin } from '@/auth/session'
import { json, problem, stubFetch, ZHANG_WEI, type Route } from './support'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const identity = () => json({ username: 'zhang.wei', name: '张伟', unitName: '凤县人民政府办公室' })
const services = ['portal', 'disclosure', 'mailbox', 'exchange', 'meeting']

async function mountApp(path: string, routes: Record<string, Route> = {}) {
  const fetchMock = stubFetch({
    '/api/portal/me': () => json(ZHANG_WEI),
    ...Object.fromEntries(services.filter((s) => s !== 'portal').map((s) => [`/api/${s}/me`, identity])),
    ...routes,
  })
  const router = createAppRouter(createMemoryHistory('/oa/'))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [createPinia(), router] }, attachTo: document.body })
  await flushPromises()
  // Lazy route components resolve on their own promise chain.
  await vi.dynamicImportSettled()
  await flushPromises()
  return { wrapper, router, fetchMock }
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.mocked(redirectToLogin).mockClear()
})

describe('layout', () => {
  it('shows the signed-in user name, unit and roles from /api/portal/me in the header', async () => {
    const { wrapper } = await mountApp('/')

    const header = wrapper.get('header')
    expect(header.get('[data-test="user-name"]').text()).toBe('张伟')
    expect(header.get('[data-test="user-unit"]').text()).toBe('凤县人民政府办公室')
    expect(header.findAll('[aria-label="角色"] li').map((li) => li.text())).toEqual(['编辑', '工作人员'])
    expect(header.text()).toContain('凤县政务协同办公平台')
    expect(header.find('button').text()).toContain('退出登录')
    wrapper.unmount()
  })

  it('offers the dashboard, the five modules and the working-day calendar as links under /oa/ in the main navigation', async () => {
    const { wrapper } = await mountApp('/')

    // The top level; a module's screens (e.g. 文章管理) are listed under it, see below.
    const links = wrapper.get('nav[aria-label="主导航"]').findAll('ul.side-nav__list > li > a')
    expect(links.map((a) => a.text())).toEqual(['工作台', '门户', '信息公开', '信箱', '公文交换', '会议', '工作日历'])
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/oa/',
      '/oa/portal',
      '/oa/disclosure',
      '/oa/mailbox',
      '/oa/exchange',
      '/oa/meeting',
      '/oa/calendar',
    ])
    expect(links[0]?.attributes('aria-current')).toBe('page')
    wrapper.unmount()
  })

  it('lists 文章管理 under 门户 for an editor, and keeps it marked on an article page', async () => {
    const { wrapper, router } = await mountApp('/', {
      '/api/portal/articles': () => json({ content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 }),
      '/api/portal/channels': () => json([]),
    })

    const nav = wrapper.get('nav[aria-label="主导航"]')
    const entry = nav.get('ul[aria-label="门户功能"] a')
    expect(entry.text()).toBe('文章管理')
    expect(entry.attributes('href')).toBe('/oa/portal/articles')
    expect(entry.attributes('aria-current')).toBeUndefined()

    await router.push('/portal/articles/42')
    await flushPromises()
    expect(wrapper.get('[data-test="nav-portal-articles"]').attributes('aria-current')).toBe('page')
    wrapper.unmount()
  })

  it('does not offer 文章管理 to staff who neither edit nor review', async () => {
    const { wrapper } = await mountApp('/', {
      '/api/portal/me': () => json({ ...ZHANG_WEI, roles: ['staff'] }),
    })

    expect(wrapper.get('nav[aria-label="主导航"]').text()).not.toContain('文章管理')
    wrapper.unmount()
  })

  it('has the landmarks: header, navigation and main content', async () => {
    const { wrapper } = await mountApp('/')

    expect(wrapper.find('header').exists()).toBe(true)
    expect(wrapper.find('aside nav').exists()).toBe(true)
    expect(wrapper.get('main').attributes('id')).toBe('main-content')
    expect(wrapper.get('a.skip-link').attributes('href')).toBe('#main-content')
    wrapper.unmount()
  })

  it('shows on a module page that its service answered for this user, and titles the page', async () => {
    const { wrapper, fetchMock } = await mountApp('/mailbox')

    expect(wrapper.get('h1').text()).toBe('信箱')
    expect(document.title).toBe('信箱 - 凤县政务协同办公平台')
    expect(fetchMock.mock.calls.map((call) => call[0])).toContain('/api/mailbox/me')
    const card = wrapper.get('.service-status')
    expect(card.get('[data-test="status-ok"]').text()).toBe('服务正常')
    expect(card.text()).toContain('当前身份：张伟（凤县人民政府办公室）')
    wrapper.unmount()
  })

  it('shows that a module service is unavailable when the gateway answers 503', async () => {
    const { wrapper } = await mountApp('/exchange', {
      '/api/exchange/me': () => problem(503, { title: 'Service Unavailable' }),
    })

    const card = wrapper.get('.service-status')
    expect(card.get('[data-test="status-unavailable"]').text()).toBe('服务暂不可用')
    expect(card.find('[data-test="status-ok"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('moves to another module when its menu entry is followed', async () => {
    const { wrapper, router } = await mountApp('/')

    await wrapper.get('[data-test="nav-meeting"]').trigger('click')
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()

    expect(router.currentRoute.value.path).toBe('/meeting')
    expect(wrapper.get('h1').text()).toBe('会议')
    expect(wrapper.get('[data-test="nav-meeting"]').attributes('aria-current')).toBe('page')
    wrapper.unmount()
  })

  it('goes to the login when the session has expired at start', async () => {
    const { wrapper } = await mountApp('/', { '/api/portal/me': () => problem(401, {}) })

    expect(redirectToLogin).toHaveBeenCalled()
    expect(wrapper.find('header').exists()).toBe(false)
    wrapper.unmount()
  })
})
