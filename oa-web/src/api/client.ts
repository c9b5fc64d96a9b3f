import { ElMessage } from 'element-plus'
import { CSRF_HEADER, csrfToken } from '@/auth/csrf'
import { redirectToLogin } from '@/auth/session'

/** One invalid field, as services report it inside a problem detail. */
export interface FieldError {
  field: string
  message: string
}

/** An RFC 9457 problem detail as the services and the gateway send it. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  /** Field errors: either a list of `{field|pointer|name, message|detail}` or a map field → message(s). */
  errors?: unknown
  [extension: string]: unknown
}

export const UNAVAILABLE_MESSAGE = '服务暂时不可用，请稍后再试'
export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'

/** The problem type of the platform's refusal of a request it had no turn for (系统繁忙, 503). */
export const OVERLOADED_TYPE = 'urn:zhengtong:problem:overloaded'

/** Waited before the one retry when Retry-After is missing or not seconds: what the platform sends. */
export const USUAL_RETRY_DELAY_MS = 2000

/** The longest the user waits for the retry, whatever Retry-After says. */
export const LONGEST_RETRY_DELAY_MS = 5000

const FALLBACK_MESSAGES: Record<number, string> = {
  400: '请求有误，请检查填写的内容',
  403: '您没有执行此操作的权限',
  404: '请求的内容不存在',
  409: '数据已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  422: '提交的内容未通过校验',
  429: '操作过于频繁，请稍后再试',
}

/** A failed API call: the HTTP status (0 when the network failed) and the problem detail if any. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail | undefined
  readonly fieldErrors: FieldError[]

  constructor(status: number, message: string, problem?: ProblemDetail) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.fieldErrors = problem ? parseFieldErrors(problem.errors) : []
  }

  /** The service (or the gateway's circuit breaker) says it cannot answer right now. */
  get unavailable(): boolean {
    return this.status === 502 || this.status === 503 || this.status === 504
  }
}

/** Normalises the `errors` member of a problem detail into a list of field errors. */
export function parseFieldErrors(errors: unknown): FieldError[] {
  if (Array.isArray(errors)) {
    return errors.flatMap((entry): FieldError[] => {
      if (typeof entry === 'string') return [{ field: '', message: entry }]
      if (!entry || typeof entry !== 'object') return []
      const e = entry as Record<string, unknown>
      const field = firstString(e.field, e.name, e.pointer, e.property) ?? ''
      const message = firstString(e.message, e.detail, e.defaultMessage, e.reason)
      return message ? [{ field: field.replace(/^#?\//, ''), message }] : []
    })
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>).flatMap(([field, value]) => {
      const messages = Array.isArray(value) ? value : [value]
      return messages
        .filter((m): m is string => typeof m === 'string' && m.length > 0)
        .map((message) => ({ field, message }))
    })
  }
  return []
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0)
}

/** The text shown to the user for a failed call: title, detail and field errors. */
export function describeError(error: ApiError): string {
  // Refused again after the retry: the platform's own words (系统繁忙：…请稍候几秒再试).
  if (error.unavailable && error.problem?.type !== OVERLOADED_TYPE) return UNAVAILABLE_MESSAGE
  if (error.status === 0) return error.message
  const problem = error.problem
  const parts: string[] = []
  const title = problem?.title?.trim()
  const detail = problem?.detail?.trim()
  if (title) parts.push(title)
  if (detail && detail !== title) parts.push(detail)
  if (parts.length === 0) parts.push(FALLBACK_MESSAGES[error.status] ?? `请求失败（${error.status}）`)
  const fields = error.fieldErrors.map((f) => (f.field ? `${f.field}：${f.message}` : f.message))
  return [parts.join('：'), ...fields].join('；')
}

/** How the client tells the user about a failure; replaceable in tests. */
export type Notifier = (message: string) => void

let notifier: Notifier = (message) => {
  ElMessage({ type: 'error', message, showClose: true, duration: 6000, grouping: true })
}

export function setNotifier(next: Notifier): Notifier {
  const previous = notifier
  notifier = next
  return previous
}

/** Tells the user about a failure the caller handled itself (after a `silent` call). */
export function notifyError(error: unknown): void {
  if (error instanceof ApiError) {
    // A 401 has already sent the browser to the login.
    if (error.status !== 401) notifier(describeError(error))
  } else if (!(error instanceof DOMException && error.name === 'AbortError')) {
    notifier('操作失败，请稍后再试')
  }
}

export interface RequestOptions {
  /** JSON-serialised unless it is a FormData, Blob or URLSearchParams. */
  body?: unknown
  query?: Record<string, string | number | boolean | null | undefined>
  headers?: Record<string, string>
  signal?: AbortSignal
  /** When true the caller shows the error itself: no message pops up (401 still redirects). */
  silent?: boolean
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

/**
 * Calls an API of the gateway (same origin, session cookie) and returns the parsed JSON.
 * Mutating calls carry the CSRF token; failures are thrown as ApiError after the user was told.
 * A call refused for overload (503 {@link OVERLOADED_TYPE}) is sent once more after Retry-After.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const verb = method.toUpperCase()
  const headers = new Headers(options.headers)
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json')
  headers.set('X-Requested-With', 'XMLHttpRequest')
  if (!SAFE_METHODS.has(verb)) {
    const token = csrfToken()
    if (token) headers.set(CSRF_HEADER, token)
  }
  let body: BodyInit | undefined
  if (options.body !== undefined) {
    if (options.body instanceof FormData || options.body instanceof Blob || options.body instanceof URLSearchParams) {
      body = options.body
    } else {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.body)
    }
  }

  const init: RequestInit = {
    method: verb,
    headers,
    body,
    credentials: 'same-origin',
    // A redirect here means the gateway wants a login; never follow it into Keycloak's HTML.
    redirect: 'manual',
    signal: options.signal,
  }
  const url = withQuery(path, options.query)
  let response = await send(url, init, options)
  if (await refusedForOverload(response)) {
    // Refused before the service did anything, so even a POST is safe to send again: once.
    await pause(retryDelayMs(response.headers.get('Retry-After')), options.signal)
    response = await send(url, init, options)
  }

  if (response.status === 401 || response.type === 'opaqueredirect') {
    redirectToLogin()
    throw new ApiError(401, '登录已过期，正在跳转到登录页面')
  }
  if (!response.ok) {
    const problem = await readProblem(response)
    const error = new ApiError(response.status, problem?.title ?? response.statusText, problem)
    if (!options.silent) notifier(describeError(error))
    throw error
  }
  if (response.status === 204 || response.status === 205) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) return (await response.json()) as T
  return (await response.text()) as T
}

async function send(url: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    const error = new ApiError(0, NETWORK_MESSAGE)
    if (!options.silent) notifier(error.message)
    throw error
  }
}

/**
 * Only the platform's overload refusal is retried: it comes before the request is processed. Any
 * other 503 (the gateway's circuit breaker, a stopped service) may follow a half-done request.
 */
async function refusedForOverload(response: Response): Promise<boolean> {
  if (response.status !== 503) return false
  const problem = await readProblem(response.clone())
  return problem?.type === OVERLOADED_TYPE
}

/** Retry-After in seconds as milliseconds, at most LONGEST_RETRY_DELAY_MS; USUAL_RETRY_DELAY_MS if unusable. */
export function retryDelayMs(retryAfter: string | null): number {
  const value = retryAfter?.trim() ?? ''
  if (!/^\d+$/.test(value)) return USUAL_RETRY_DELAY_MS
  return Math.min(Number(value) * 1000, LONGEST_RETRY_DELAY_MS)
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('The request was aborted', 'AbortError')
    if (signal?.aborted) {
      reject(aborted())
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(aborted())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

async function readProblem(response: Response): Promise<ProblemDetail | undefined> {
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) return undefined
  try {
    const parsed: unknown = await response.json()
    return parsed && typeof parsed === 'object' ? (parsed as ProblemDetail) : undefined
  } catch {
    return undefined
  }
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value))
  }
  const search = params.toString()
  if (!search) return path
  return path + (path.includes('?') ? '&' : '?') + search
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}
