import { vi } from 'vitest'

export type Route = (url: string, init: RequestInit) => Response | Promise<Response>

/** Replaces the global fetch with one that answers from the given routes (exact path match). */
export function stubFetch(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = url.split('?')[0] ?? url
    const route = routes[path]
    if (!route) return problem(404, { title: '未找到', detail: `no stub for ${path}` })
    return route(url, init)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export function setCookie(name: string, value: string): void {
  document.cookie = `${name}=${value}; path=/`
}

export function clearCookie(name: string): void {
  document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`
}

export const ZHANG_WEI = {
  username: 'zhang.wei',
  name: '张伟',
  unitCode: 'fx-zfb',
  unitName: '凤县人民政府办公室',
  roles: ['staff', 'editor', 'default-roles-zhengtong', 'offline_access'],
}

/** A reviewer of the county government office (审核员). */
export const LI_NA = {
  username: 'li.na',
  name: '李娜',
  unitCode: 'gov-office',
  unitName: '凤县人民政府办公室',
  roles: ['staff', 'reviewer'],
}

/** The same kind of stub as stubFetch, but answers by method and path ("POST /api/…"), else by path. */
export function stubApi(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = url.split('?')[0] ?? url
    const method = (init.method ?? 'GET').toUpperCase()
    const route = routes[`${method} ${path}`] ?? (method === 'GET' ? routes[path] : undefined)
    if (!route) return problem(404, { title: '未找到', detail: `no stub for ${method} ${path}` })
    return route(url, init)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The calls a fetch mock received, as "METHOD url". */
export function callsOf(fetchMock: ReturnType<typeof vi.fn>): string[] {
  return fetchMock.mock.calls.map((call) => {
    const init = (call[1] ?? {}) as RequestInit
    return `${(init.method ?? 'GET').toUpperCase()} ${String(call[0])}`
  })
}

/** The JSON body of the last call to the given "METHOD path". */
export function lastBody(fetchMock: ReturnType<typeof vi.fn>, methodAndPath: string): unknown {
  const calls = fetchMock.mock.calls.filter((call) => {
    const init = (call[1] ?? {}) as RequestInit
    return `${(init.method ?? 'GET').toUpperCase()} ${String(call[0]).split('?')[0]}` === methodAndPath
  })
  const init = (calls.at(-1)?.[1] ?? {}) as RequestInit
  return typeof init.body === 'string' ? JSON.parse(init.body) : undefined
}
