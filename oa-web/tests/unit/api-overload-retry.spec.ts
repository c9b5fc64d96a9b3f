import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, OVERLOADED_TYPE, UNAVAILABLE_MESSAGE, api, retryDelayMs, setNotifier } from '@/api/client'
import { json, problem, stubApi } from './support'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []

/** The platform's refusal of a request that got no turn within 2 s (ApiConcurrencyLimit). */
function overloaded(retryAfter: string | null = '2'): Response {
  const response = problem(503, {
    type: OVERLOADED_TYPE,
    title: '系统繁忙',
    detail: '当前办理的请求较多，请稍候几秒再试。',
  })
  if (retryAfter !== null) response.headers.set('Retry-After', retryAfter)
  return response
}

/** Answers the given responses in turn, the last one from then on. */
function inTurn(...responses: (() => Response)[]) {
  let call = 0
  return () => responses[Math.min(call++, responses.length - 1)]!()
}

beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('API client when the service is too busy (系统繁忙)', () => {
  it('waits the seconds Retry-After asks for, asks once more and the user sees the result', async () => {
    const fetchMock = stubApi({ 'GET /api/mailbox/letters': inTurn(() => overloaded('3'), () => json({ total: 1 })) })
    let result: unknown
    const call = api.get('/api/mailbox/letters').then((r) => (result = r))

    await vi.advanceTimersByTimeAsync(2999)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(result).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await call

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(result).toEqual({ total: 1 })
    expect(notified).toEqual([])
  })

  it('sends a refused POST again with the same body, because the refusal came before anything was done', async () => {
    const fetchMock = stubApi({
      'POST /api/mailbox/letters/7/accept': inTurn(() => overloaded(), () => json({ status: 'ACCEPTED' })),
    })

    const call = api.post('/api/mailbox/letters/7/accept', { note: '已受理' })
    await vi.advanceTimersByTimeAsync(2000)

    await expect(call).resolves.toEqual({ status: 'ACCEPTED' })
    expect(fetchMock).toHaveBeenCalledTimes(2)
    for (const [, init] of fetchMock.mock.calls) {
      expect(init?.method).toBe('POST')
      expect(init?.body).toBe(JSON.stringify({ note: '已受理' }))
    }
  })

  it('tells the user the system is busy when the retry is refused too, and asks no third time', async () => {
    const fetchMock = stubApi({ 'POST /api/exchange/documents': () => overloaded() })

    const call = api.post('/api/exchange/documents', { title: '通知' }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(10_000)
    const error = (await call) as ApiError

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(503)
    expect(error.problem?.type).toBe(OVERLOADED_TYPE)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(notified).toEqual(['系统繁忙：当前办理的请求较多，请稍候几秒再试。'])
  })

  it('does not send a POST again after another 503 (a stopped service, the gateway circuit breaker)', async () => {
    const fetchMock = stubApi({
      'POST /api/exchange/documents': () => {
        const response = problem(503, { title: 'Service Unavailable' })
        response.headers.set('Retry-After', '1')
        return response
      },
    })

    const call = api.post('/api/exchange/documents', { title: '通知' }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(10_000)
    const error = (await call) as ApiError

    expect(error.status).toBe(503)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(notified).toEqual([UNAVAILABLE_MESSAGE])
  })

  it('does not retry a 503 without a problem detail, even a read', async () => {
    const fetchMock = stubApi({ '/api/portal/me': () => new Response('<html>down</html>', { status: 503 }) })

    const call = api.get('/api/portal/me').catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(10_000)

    expect(((await call) as ApiError).status).toBe(503)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('gives up waiting when the caller aborts during the pause, without a message', async () => {
    const fetchMock = stubApi({ '/api/portal/me': () => overloaded() })
    const controller = new AbortController()

    const call = api.get('/api/portal/me', { signal: controller.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(500)
    controller.abort()
    const error = await call

    expect(error).toBeInstanceOf(DOMException)
    expect((error as DOMException).name).toBe('AbortError')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(notified).toEqual([])
  })

  it('waits what Retry-After says, at most 5 s, and 2 s when it says nothing usable', () => {
    expect(retryDelayMs('1')).toBe(1000)
    expect(retryDelayMs(' 4 ')).toBe(4000)
    expect(retryDelayMs('0')).toBe(0)
    expect(retryDelayMs('120')).toBe(5000)
    expect(retryDelayMs(null)).toBe(2000)
    expect(retryDelayMs('')).toBe(2000)
    expect(retryDelayMs('-1')).toBe(2000)
    expect(retryDelayMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(2000)
  })
})
