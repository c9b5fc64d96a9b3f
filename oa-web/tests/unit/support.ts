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
