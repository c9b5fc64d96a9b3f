import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { ApiError, setNotifier } from '@/api/client'
import { isStaleVersion, STALE_TEXTS } from '@/api/conflict'
import { pageSize, type PageOf } from '@/api/paging'
import { usePagedList, type PagedList, type PagedListOptions } from '@/composables/usePagedList'
import { useDetail, type Detail, type DetailOptions } from '@/composables/useDetail'
import { memberLabel, useUnitMembers } from '@/composables/useUnitMembers'
import { actorName, remarkText, type HistoryStep } from '@/components/common/history'
import ConflictBanner from '@/components/common/ConflictBanner.vue'
import HistoryTimeline from '@/components/common/HistoryTimeline.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function pageOf<T>(content: T[], totalElements = content.length): PageOf<T> {
  return { content, page: 0, size: 20, totalElements, totalPages: Math.ceil(totalElements / 20) }
}

type Key = 'status' | 'unit'
const FILTERS: PagedListOptions<Key, string>['filters'] = {
  status: { fallback: 'PENDING', accept: (s) => ['PENDING', 'SIGNED_FOR', 'RETURNED'].includes(s) },
  unit: { fallback: '' },
}

/** Mounts a list screen at `path` whose only content is the composable under test. */
async function listAt(path: string, fetch: PagedListOptions<Key, string>['fetch'], extra: Partial<PagedListOptions<Key, string>> = {}) {
  let list!: PagedList<Key, string>
  const Screen = defineComponent({
    setup() {
      list = usePagedList<Key, string>({ filters: FILTERS, fetch, ...extra })
      return () => h('div')
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', name: 'list', component: Screen },
      { path: '/other', name: 'other', component: { render: () => h('p') } },
    ],
  })
  await router.push(path)
  await router.isReady()
  mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { list, router }
}

describe('a paged list kept in the address', () => {
  it('asks the service for the page in the address, counting pages from 0 there', async () => {
    const fetch = vi.fn(async () => pageOf(['甲', '乙'], 42))
    const { list } = await listAt('/list?status=RETURNED&unit=housing&page=3&size=50', fetch)

    expect(fetch).toHaveBeenCalledOnce()
    expect(fetch).toHaveBeenCalledWith({ status: 'RETURNED', unit: 'housing', page: 3, size: 50 }, { page: 2, size: 50 })
    expect(list.items.value).toEqual(['甲', '乙'])
    expect(list.total.value).toBe(42)
    expect(list.loading.value).toBe(false)
  })

  it('reads an unknown status, a bad page or a size not offered as the defaults', async () => {
    const fetch = vi.fn(async () => pageOf<string>([]))
    const { list } = await listAt('/list?status=NONSENSE&page=-2&size=7', fetch)

    expect(list.filters.value).toEqual({ status: 'PENDING', unit: '', page: 1, size: 20 })
    expect(fetch).toHaveBeenCalledWith(expect.anything(), { page: 0, size: 20 })
  })

  it('offers the sizes it was given and falls back to its own default size', async () => {
    const fetch = vi.fn(async () => pageOf<string>([]))
    const { list } = await listAt('/list?size=10', fetch, { sizes: [20, 50, 100] })

    expect(list.sizes).toEqual([20, 50, 100])
    expect(list.filters.value.size).toBe(20)
  })

  it('writes only what differs from the defaults, and starts again at page 1 when a filter changes', async () => {
    const fetch = vi.fn(async () => pageOf<string>([]))
    const { list, router } = await listAt('/list?page=4&size=50', fetch)

    list.apply({ unit: 'housing' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/list?unit=housing&size=50')

    list.apply({ page: 2 }, true)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/list?unit=housing&page=2&size=50')

    list.apply({ status: 'PENDING', unit: '', size: 20 })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/list')
    expect(fetch).toHaveBeenLastCalledWith({ status: 'PENDING', unit: '', page: 1, size: 20 }, { page: 0, size: 20 })
  })

  it('reloads when the address changes, and shows only the answer to the latest request', async () => {
    let answerFirst!: (page: PageOf<string>) => void
    const fetch = vi
      .fn<PagedListOptions<Key, string>['fetch']>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(async () => pageOf(['新']))
    const { list } = await listAt('/list', fetch)

    list.apply({ status: 'RETURNED' })
    await flushPromises()
    answerFirst(pageOf(['旧']))
    await flushPromises()

    expect(fetch).toHaveBeenCalledTimes(2)
    expect(list.items.value).toEqual(['新'])
    expect(list.loading.value).toBe(false)
  })

  it('says the list failed and empties it, and loads again on retry', async () => {
    const fetch = vi
      .fn<PagedListOptions<Key, string>['fetch']>()
      .mockResolvedValueOnce(pageOf(['甲']))
      .mockRejectedValueOnce(new ApiError(503, '服务暂时不可用'))
      .mockResolvedValueOnce(pageOf(['乙']))
    const { list } = await listAt('/list', fetch)

    list.apply({ unit: 'housing' })
    await flushPromises()
    expect(list.failed.value).toBe(true)
    expect(list.items.value).toEqual([])
    expect(list.total.value).toBe(0)

    await list.load()
    expect(list.failed.value).toBe(false)
    expect(list.items.value).toEqual(['乙'])
  })

  it('does not reload while leaving for another page', async () => {
    const fetch = vi.fn(async () => pageOf<string>([]))
    const { router } = await listAt('/list', fetch)

    await router.push('/other?status=RETURNED')
    await flushPromises()
    expect(fetch).toHaveBeenCalledOnce()
  })

  it('asks nothing while it is not enabled, e.g. before any search condition is given', async () => {
    const fetch = vi.fn(async () => pageOf(['甲']))
    const { list, router } = await listAt('/list', fetch, { enabled: (f) => !!f.unit })
    expect(fetch).not.toHaveBeenCalled()
    expect(list.items.value).toEqual([])

    await router.replace('/list?unit=housing')
    await flushPromises()
    expect(fetch).toHaveBeenCalledOnce()
    expect(list.items.value).toEqual(['甲'])
  })
})

interface Doc {
  id: string
  title: string
}

/** Mounts a detail screen at `path` (route `/docs/:id`) whose only content is the composable under test. */
async function detailAt(path: string, fetch: (id: string) => Promise<Doc>, options: DetailOptions<Doc> = {}) {
  let detail!: Detail<Doc>
  const Screen = defineComponent({
    setup() {
      detail = useDetail(fetch, options)
      return () => h('div')
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/docs/:id', component: Screen }] })
  await router.push(path)
  await router.isReady()
  mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { detail, router }
}

describe('the record of a detail page', () => {
  const messages: string[] = []
  let previous: ReturnType<typeof setNotifier> | undefined
  afterEach(() => {
    if (previous) setNotifier(previous)
    messages.length = 0
  })
  function collectMessages(): void {
    previous = setNotifier((message) => messages.push(message))
  }

  it('is the one the address names, and is ready once loaded', async () => {
    const loaded = vi.fn()
    const fetch = vi.fn(async (id: string) => ({ id, title: '关于做好冬季防火工作的通知' }))
    const { detail } = await detailAt('/docs/d-1', fetch, { loaded })

    expect(fetch).toHaveBeenCalledWith('d-1')
    expect(detail.state.value).toBe('ready')
    expect(detail.item.value?.title).toBe('关于做好冬季防火工作的通知')
    expect(loaded).toHaveBeenCalledWith({ id: 'd-1', title: '关于做好冬季防火工作的通知' })
  })

  it('is not found on a 404, and says why when the service failed otherwise', async () => {
    collectMessages()
    const missing = await detailAt('/docs/d-9', async () => Promise.reject(new ApiError(404, '未找到')))
    expect(missing.detail.state.value).toBe('not-found')
    expect(messages).toEqual([])

    const broken = await detailAt('/docs/d-1', async () => Promise.reject(new ApiError(503, '服务暂时不可用')))
    expect(broken.detail.state.value).toBe('failed')
    expect(messages).toHaveLength(1)
  })

  it('tells a 403 apart only where the page has its own words for it', async () => {
    collectMessages()
    const refused = () => Promise.reject(new ApiError(403, '无权访问', { status: 403, title: '无权访问' }))

    expect((await detailAt('/docs/d-1', refused, { forbidden: true })).detail.state.value).toBe('forbidden')
    expect(messages).toEqual([])
    expect((await detailAt('/docs/d-1', refused)).detail.state.value).toBe('failed')
    expect(messages).toEqual(['无权访问'])
  })

  it('keeps the record on screen when a reload fails, and says why', async () => {
    collectMessages()
    const fetch = vi
      .fn<(id: string) => Promise<Doc>>()
      .mockResolvedValueOnce({ id: 'd-1', title: '第一版' })
      .mockRejectedValueOnce(new ApiError(503, '服务暂时不可用'))
    const { detail } = await detailAt('/docs/d-1', fetch)

    await detail.load()
    expect(detail.state.value).toBe('ready')
    expect(detail.item.value?.title).toBe('第一版')
    expect(messages).toHaveLength(1)
  })

  it('loads the next record when the address names another one', async () => {
    const opened = vi.fn()
    const fetch = vi.fn(async (id: string) => ({ id, title: `公文 ${id}` }))
    const { detail, router } = await detailAt('/docs/d-1', fetch, { opened })

    await router.push('/docs/d-2')
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith('d-2')
    expect(detail.item.value?.title).toBe('公文 d-2')
    expect(opened).toHaveBeenCalledTimes(2)
  })
})

describe('page sizes from the address', () => {
  it('are one of those offered, else the default', () => {
    expect(pageSize('50')).toBe(50)
    expect(pageSize('30')).toBe(20)
    expect(pageSize('')).toBe(20)
    expect(pageSize('100', [20, 50, 100])).toBe(100)
  })
})

describe('a record changed by someone else', () => {
  const conflict = (type?: string) => new ApiError(409, '冲突', { status: 409, title: '已被他人修改', type })

  it('is any 409 where the service has no other 409s', () => {
    expect(isStaleVersion(conflict('urn:zhengtong:problem:article-state'))).toBe(true)
    expect(isStaleVersion(conflict())).toBe(true)
    expect(isStaleVersion(new ApiError(422, '校验失败', { status: 422 }))).toBe(false)
    expect(isStaleVersion(new Error('network'))).toBe(false)
  })

  it('is, for a letter, its stale-version 409 or the platform’s optimistic lock', () => {
    expect(isStaleVersion(conflict('urn:zhengtong:problem:letter-version-stale'), 'letter-version-stale')).toBe(true)
    expect(isStaleVersion(conflict('urn:zhengtong:problem:concurrent-modification'), 'letter-version-stale')).toBe(true)
    // A 409 without a problem type (e.g. through an older gateway) is read as a stale version too.
    expect(isStaleVersion(conflict('about:blank'), 'letter-version-stale')).toBe(true)
  })

  it('is not, for a letter, a rule refusal that also answers 409', () => {
    expect(isStaleVersion(conflict('urn:zhengtong:problem:letter-extension-pending'), 'letter-version-stale')).toBe(false)
    expect(isStaleVersion(new ApiError(422, '校验失败', { status: 422 }), 'letter-version-stale')).toBe(false)
  })

  it('is said in a banner read out at once, with 重新加载', async () => {
    const wrapper = mount(ConflictBanner, { props: STALE_TEXTS.letter })
    const banner = wrapper.get('[data-test="conflict"]')

    expect(banner.attributes('role')).toBe('alert')
    expect(banner.attributes('aria-live')).toBe('assertive')
    expect(banner.text()).toContain('信件已被他人处理')
    expect(banner.text()).toContain('您看到的不是最新状态，请重新加载后再操作。')
    await wrapper.get('[data-test="reload"]').trigger('click')
    expect(wrapper.emitted('reload')).toHaveLength(1)
  })
})

describe('a history timeline', () => {
  const step = { action: 'REJECT', actionLabel: '退回', actorName: '李娜', actor: 'li.na', at: '2026-03-02T01:30:00Z' }

  it('names the actor, else their account', () => {
    expect(actorName(step)).toBe('李娜')
    expect(actorName({ ...step, actorName: null })).toBe('li.na')
  })

  it('puts the label before the opinion or reason, and says nothing when none was given', () => {
    expect(remarkText({ ...step, reason: '标题与正文不符' }, '原因')).toBe('原因：标题与正文不符')
    expect(remarkText({ ...step, opinion: '同意。' }, '意见')).toBe('意见：同意。')
    expect(remarkText({ ...step, remark: '类型改为投诉' }, '')).toBe('类型改为投诉')
    expect(remarkText(step, '意见')).toBe('')
  })

  it('shows each step with its Beijing time, action, actor and the status it led to', () => {
    const wrapper = mount(HistoryTimeline, {
      props: {
        steps: [{ ...step, statusLabel: '已退回', remark: '请补充' }],
        remarkLabel: '',
        actorOf: (s: HistoryStep) => `${actorName(s)}（审核员）`,
      },
    })
    const items = wrapper.get('[data-test="history"]').findAll('li')

    expect(items).toHaveLength(1)
    expect(items[0]?.text()).toContain('2026-03-02 09:30')
    expect(items[0]?.text()).toContain('退回')
    expect(items[0]?.text()).toContain('李娜（审核员）')
    expect(items[0]?.text()).toContain('→ 已退回')
    expect(items[0]?.text()).toContain('请补充')
  })

  it('says so when nothing happened yet', () => {
    const wrapper = mount(HistoryTimeline, { props: { steps: [], emptyText: '暂无操作记录' } })
    expect(wrapper.find('[data-test="history"]').exists()).toBe(false)
    expect(wrapper.text()).toBe('暂无操作记录')
  })
})

describe('useUnitMembers', () => {
  it('shows only the unit asked for last when an earlier answer arrives late', async () => {
    type Person = { username: string; name: string }
    const answers: Record<string, (found: Person[]) => void> = {}
    const people = useUnitMembers((unit) => new Promise<Person[]>((resolve) => (answers[unit] = resolve)))

    const first = people.load('housing')
    const second = people.load('gov-office')
    expect(people.loading.value).toBe(true)
    answers['gov-office']!([{ username: 'liu.yang', name: '刘洋' }])
    await second
    answers.housing!([{ username: 'zhao.lei', name: '赵磊' }])
    await first

    expect(people.members.value.map(memberLabel)).toEqual(['刘洋（liu.yang）'])
    expect(people.loading.value).toBe(false)
    expect(people.failed.value).toBe(false)
  })

  it('says the list is unavailable when it cannot be read, and asks nothing without a unit', async () => {
    const fetch = vi.fn(async (unit: string) => {
      throw new ApiError(503, `人员目录暂不可用：${unit}`)
    })
    const people = useUnitMembers(fetch)

    await people.load('gov-office')
    expect(people.failed.value).toBe(true)
    expect(people.members.value).toEqual([])

    await people.load('')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(people.failed.value).toBe(false)
    expect(people.loading.value).toBe(false)
  })

  it('names a person without a display name by the account alone', () => {
    expect(memberLabel({ username: 'li.na', name: null })).toBe('li.na')
  })
})
