/**
 * Forwarding the TLS client certificate to Keycloak, removing forged certificate and forwarding headers,
 * and refusing requests made with an expired or not yet valid certificate.
 */
@NullMarked
package io.zhengtong.gateway.certificate;

import org.jspecify.annotations.NullMarked;
