/** Cookie and header names of Spring Security's cookie CSRF token repository. */
export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
export const CSRF_PARAMETER = '_csrf'

/** Reads one cookie by name from `document.cookie`; undefined when it is absent. */
export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=')
    if (separator < 0) continue
    if (part.slice(0, separator).trim() !== name) continue
    const raw = part.slice(separator + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return undefined
}

/** The CSRF token the gateway put into the `XSRF-TOKEN` cookie, if any. */
export function csrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE) || undefined
}
