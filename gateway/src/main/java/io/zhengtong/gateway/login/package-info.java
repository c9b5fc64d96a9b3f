/**
 * OIDC login and logout at Keycloak, who may go where, CSRF, and the end of expired logins.
 */
@NullMarked
package io.zhengtong.gateway.login;

import org.jspecify.annotations.NullMarked;
