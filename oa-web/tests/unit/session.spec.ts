import { afterEach, describe, expect, it, vi } from 'vitest'
import { csrfToken, readCookie } from '@/auth/csrf'
import { redirectToLogin, submitLogout } from '@/auth/session'
import { clearCookie, setCookie } from './support'

afterEach(() => {
  clearCookie('XSRF-TOKEN')
  document.body.innerHTML = ''
})

describe('CSRF cookie', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'SESSION=x; XSRF-TOKEN=ab%3Dcd; theme=dark')).toBe('ab=cd')
    expect(readCookie('XSRF-TOKEN', 'MY-XSRF-TOKEN=no')).toBeUndefined()
    expect(readCookie('XSRF-TOKEN', '')).toBeUndefined()
  })

  it('reads the token the gateway set in the browser', () => {
    expect(csrfToken()).toBeUndefined()
    setCookie('XSRF-TOKEN', 'token-1')
    expect(csrfToken()).toBe('token-1')
  })
})

describe('session', () => {
  it('starts the gateway login at the Keycloak authorization endpoint', () => {
    const navigate = vi.fn()
    redirectToLogin(navigate)
    expect(navigate).toHaveBeenCalledWith('/oauth2/authorization/keycloak')
  })

  it('logs out with a form POST to /logout carrying the CSRF token as _csrf', () => {
    setCookie('XSRF-TOKEN', 'token-2')
    let submitted: HTMLFormElement | undefined
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted = this
    })

    submitLogout()

    expect(submitted).toBeDefined()
    expect(submitted?.method).toBe('post')
    expect(new URL(submitted!.action).pathname).toBe('/logout')
    expect(new FormData(submitted!).get('_csrf')).toBe('token-2')
  })
})
