import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, NETWORK_MESSAGE, UNAVAILABLE_MESSAGE, api, parseFieldErrors, setNotifier } from '@/api/client'
import { redirectToLogin } from '@/auth/session'
import { clearCookie, json, problem, setCookie, stubFetch } from './support'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []

beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
  vi.mocked(redirectToLogin).mockClear()
})

afterEach(() => clearCookie('XSRF-TOKEN'))

function headersOf(fetchMock: ReturnType<typeof stubFetch>, call = 0): Headers {
  const init = fetchMock.mock.calls[call]?.[1] as RequestInit
  return new Headers(init.headers)
}

describe('API client', () => {
  it('returns the parsed JSON of a successful call', async () => {
    stubFetch({ '/api/portal/me': () => json({ username: 'zhang.wei' }) })

    await expect(api.get('/api/portal/me')).resolves.toEqual({ username: 'zhang.wei' })
    expect(notified).toEqual([])
  })

  it('turns a problem detail into an ApiError and tells the user its title, detail and field errors', async () => {
    stubFetch({
      '/api/mailbox/letters': () =>
        problem(422, {
          title: '来信内容不完整',
          detail: '请补充必填项后再提交',
          errors: [
            { field: 'subject', message: '标题不能为空' },
            { pointer: '#/phone', detail: '手机号码格式不正确' },
          ],
        }),
    })

    const error = await api.post('/api/mailbox/letters', { subject: '' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(422)
    expect(apiError.problem?.title).toBe('来信内容不完整')
    expect(apiError.fieldErrors).toEqual([
      { field: 'subject', message: '标题不能为空' },
      { field: 'phone', message: '手机号码格式不正确' },
    ])
    expect(notified).toEqual(['来信内容不完整：请补充必填项后再提交；subject：标题不能为空；phone：手机号码格式不正确'])
  })

  it('reads field errors given as a map of field to messages', () => {
    expect(parseFieldErrors({ title: ['不能为空', '过长'], unit: '单位不存在' })).toEqual([
      { field: 'title', message: '不能为空' },
      { field: 'title', message: '过长' },
      { field: 'unit', message: '单位不存在' },
    ])
    expect(parseFieldErrors(undefined)).toEqual([])
  })

  it('falls back to a Chinese message when an error has no problem detail', async () => {
    stubFetch({ '/api/exchange/documents/1': () => new Response('', { status: 403 }) })

    await expect(api.delete('/api/exchange/documents/1')).rejects.toMatchObject({ status: 403 })
    expect(notified).toEqual(['您没有执行此操作的权限'])
  })

  it('sends the browser to the login when the session has expired (401)', async () => {
    stubFetch({ '/api/portal/me': () => problem(401, { title: 'Unauthorized' }) })

    await expect(api.get('/api/portal/me')).rejects.toMatchObject({ status: 401 })
    expect(redirectToLogin).toHaveBeenCalledTimes(1)
    expect(notified).toEqual([])
  })

  it('treats a redirect from the gateway (login page) like an expired session', async () => {
    const redirect = { ok: false, status: 0, type: 'opaqueredirect', headers: new Headers() } as Response
    const fetchMock = stubFetch({ '/api/portal/me': () => redirect })

    await expect(api.get('/api/portal/me')).rejects.toMatchObject({ status: 401 })
    expect(redirectToLogin).toHaveBeenCalledTimes(1)
    expect((fetchMock.mock.calls[0]?.[1] as RequestInit).redirect).toBe('manual')
  })

  it('says the service is temporarily unavailable on 503', async () => {
    stubFetch({ '/api/meeting/me': () => problem(503, { title: 'Service Unavailable' }) })

    const error = (await api.get('/api/meeting/me').catch((e: unknown) => e)) as ApiError

    expect(error.unavailable).toBe(true)
    expect(notified).toEqual([UNAVAILABLE_MESSAGE])
    expect(UNAVAILABLE_MESSAGE).toBe('服务暂时不可用，请稍后再试')
  })

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(api.get('/api/portal/me')).rejects.toMatchObject({ status: 0, message: NETWORK_MESSAGE })
    expect(notified).toEqual([NETWORK_MESSAGE])
  })

  it('stays quiet for silent calls, leaving the message to the caller', async () => {
    stubFetch({ '/api/meeting/me': () => problem(503, {}) })

    await expect(api.get('/api/meeting/me', { silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(notified).toEqual([])
  })

  it('sends the CSRF token from the XSRF-TOKEN cookie on mutating calls', async () => {
    setCookie('XSRF-TOKEN', 'a1b2%2Bc3')
    const fetchMock = stubFetch({ '/api/portal/articles': () => new Response(null, { status: 204 }) })

    await expect(api.post('/api/portal/articles', { title: '通知' })).resolves.toBeUndefined()
    await api.put('/api/portal/articles', { title: '通知' })
    await api.patch('/api/portal/articles', { title: '通知' })
    await api.delete('/api/portal/articles')

    for (let call = 0; call < 4; call++) expect(headersOf(fetchMock, call).get('X-XSRF-TOKEN')).toBe('a1b2+c3')
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(headersOf(fetchMock).get('Content-Type')).toBe('application/json')
    expect(init.body).toBe(JSON.stringify({ title: '通知' }))
  })

  it('does not send the CSRF token on reads', async () => {
    setCookie('XSRF-TOKEN', 'a1b2c3')
    const fetchMock = stubFetch({ '/api/portal/articles': () => json([]) })

    await api.get('/api/portal/articles', { query: { page: 2, keyword: '通知', unit: undefined } })

    expect(headersOf(fetchMock).has('X-XSRF-TOKEN')).toBe(false)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/portal/articles?page=2&keyword=%E9%80%9A%E7%9F%A5')
  })
})
