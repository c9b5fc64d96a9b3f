import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ElPagination } from 'element-plus'
import { ApiError, setNotifier } from '@/api/client'
import type { PageOf } from '@/api/paging'
import type { LetterSummary } from '@/mailbox/types'
import { trackingCodeProblem } from '@/mailbox/worklist'
import { callsOf, json, problem, type Route } from './support'
import { mountApp, settle } from './app'
import { WANG_FANG, letter, summaryOf } from './mailbox-fixtures'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})

afterEach(() => {
  document.body.innerHTML = ''
})

function pageOf(content: LetterSummary[], totalElements = content.length, page = 0, size = 20): PageOf<LetterSummary> {
  return { content, page, size, totalElements, totalPages: Math.ceil(totalElements / size) }
}

const fresh = summaryOf(letter({ id: 'n1', subject: '新来信' }))
const found = summaryOf(letter({ id: 'f1', subject: '路灯坏了', trackingCode: 'XF7K2M9Q4T', status: 'CLOSED', statusLabel: '已办结' }))

/** The work list as the service pages it: 45 letters, and the one letter of tracking code XF7K2M9Q4T. */
function routes(letters: Route = (url) => {
  const q = new URL(url, 'http://oa').searchParams.get('q')
  if (q === null) return json(pageOf([fresh], 45))
  return json(q.replace(/-/g, '').toUpperCase() === 'XF7K2M9Q4T' ? pageOf([found]) : pageOf([]))
}): Record<string, Route> {
  return { '/api/mailbox/units': () => json([]), '/api/mailbox/letters': letters }
}

function listCalls(fetchMock: ReturnType<typeof vi.fn>): string[] {
  return callsOf(fetchMock).filter((c) => c.startsWith('GET /api/mailbox/letters'))
}

describe('信件办理 · 分页与查询码查找', () => {
  it('counts all the caller’s letters and asks the service for the second page when the clerk pages on', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters', routes(), WANG_FANG)
    expect(listCalls(fetchMock)).toEqual(['GET /api/mailbox/letters?page=0&size=20'])
    expect(wrapper.get('[data-test="letter-total"]').text()).toBe('共 45 件')

    wrapper.findComponent(ElPagination).vm.$emit('update:current-page', 2)
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?page=1&size=20')
    // The page is in the address (1-based), so reload and back keep it.
    expect(router.currentRoute.value.query).toEqual({ page: '2' })
    wrapper.unmount()
  })

  it('starts a status tab at its first page', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters?page=3&size=50', routes(), WANG_FANG)
    expect(listCalls(fetchMock)).toEqual(['GET /api/mailbox/letters?page=2&size=50'])

    await wrapper.get('#tab-SUBMITTED').trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?status=SUBMITTED&page=0&size=50')
    expect(router.currentRoute.value.query).toEqual({ status: 'SUBMITTED', size: '50' })
    wrapper.unmount()
  })

  it('finds a letter by the tracking code the citizen reads out, whatever its state, and returns to the list when the box is emptied', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters?status=SUBMITTED&page=2', routes(), WANG_FANG)
    expect(wrapper.get('#letter-q').attributes('placeholder')).toBe('输入查询码查找信件')

    await wrapper.get('#letter-q').setValue(' xf7k-2m9q4t ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?q=xf7k-2m9q4t&page=0&size=20')
    expect(router.currentRoute.value.query).toEqual({ q: 'xf7k-2m9q4t' })
    expect(wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())).toEqual(['路灯坏了'])
    expect(wrapper.get('[data-test="letter-total"]').text()).toContain('共 1 件')

    await wrapper.get('#letter-q').setValue('')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?page=0&size=20')
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())).toEqual(['新来信'])
    wrapper.unmount()
  })

  it('says in words when no letter the clerk may see has that tracking code', async () => {
    const { wrapper } = await mountApp('/mailbox/letters?q=AB12CD34EF', routes(), WANG_FANG)

    expect(wrapper.get('#letter-q').element).toHaveProperty('value', 'AB12CD34EF')
    expect(wrapper.get('[data-test="letter-table"]').text()).toContain('未找到该查询码的信件，或您无权查看')
    expect(wrapper.find('[data-test="letter-q-error"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the service’s reason under the box when what was typed is not a tracking code, without a pop-up', async () => {
    const notACode: Route = (url) =>
      new URL(url, 'http://oa').searchParams.has('q')
        ? problem(400, { title: '请求参数有误', errors: [{ field: 'q', message: '查询码为10位字母或数字' }] })
        : json(pageOf([fresh]))
    const { wrapper, fetchMock } = await mountApp('/mailbox/letters', routes(notACode), WANG_FANG)

    await wrapper.get('#letter-q').setValue('张三')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?q=%E5%BC%A0%E4%B8%89&page=0&size=20')
    expect(wrapper.get('[data-test="letter-q-error"]').text()).toBe('查询码为10位字母或数字')
    expect(wrapper.get('#letter-q').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[data-test="letter-title"]').exists()).toBe(false)
    expect(notified).toEqual([])

    await wrapper.get('#letter-q').setValue('')
    await settle()
    expect(wrapper.find('[data-test="letter-q-error"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())).toEqual(['新来信'])
    wrapper.unmount()
  })
})

describe('what the clerk is told about a refused 查询码', () => {
  it('is the field’s message, else the problem’s detail; other failures are not about the code', () => {
    const field = new ApiError(400, '', { status: 400, errors: [{ field: 'q', message: '查询码为10位字母或数字' }] })
    const detailOnly = new ApiError(400, '', { status: 400, title: '请求参数有误', detail: '不是查询码' })
    expect(trackingCodeProblem(field)).toBe('查询码为10位字母或数字')
    expect(trackingCodeProblem(detailOnly)).toBe('不是查询码')
    expect(trackingCodeProblem(new ApiError(503, '', { status: 503 }))).toBeNull()
    expect(trackingCodeProblem(new Error('network'))).toBeNull()
  })
})
