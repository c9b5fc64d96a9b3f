import { CSRF_PARAMETER, csrfToken } from './csrf'
import { LOGIN_PATH, LOGOUT_PATH } from '@/config'

/**
 * Sends the browser to the gateway's login (the session has expired). The SPA never sees
 * tokens: the gateway runs the OIDC flow and keeps the session.
 */
export function redirectToLogin(navigate: (url: string) => void = (url) => window.location.assign(url)): void {
  navigate(LOGIN_PATH)
}

/**
 * Logs out through the gateway: a real form POST to /logout carrying the CSRF token, so that
 * the browser follows the gateway's redirect to Keycloak's end-session endpoint and back.
 */
export function submitLogout(token: string | undefined = csrfToken()): void {
  const form = document.createElement('form')
  form.method = 'post'
  form.action = LOGOUT_PATH
  form.hidden = true
  if (token) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = CSRF_PARAMETER
    input.value = token
    form.appendChild(input)
  }
  document.body.appendChild(form)
  form.submit()
}
