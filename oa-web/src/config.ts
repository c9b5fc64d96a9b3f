/** The platform's name as shown in the header and in page titles. */
export const PLATFORM_NAME: string = import.meta.env.VITE_PLATFORM_NAME || '凤县政务协同办公平台'

/** Where the gateway starts the OIDC login (Spring Security's authorization request endpoint). */
export const LOGIN_PATH = '/oauth2/authorization/keycloak'

/** Spring Security's logout endpoint on the gateway (POST with the CSRF token). */
export const LOGOUT_PATH = '/logout'

/** The service that tells the client who is signed in. */
export const CURRENT_USER_PATH = '/api/portal/me'
