/**
 * Forwarding the TLS client certificate to Keycloak, and removing forged certificate and forwarding headers.
 */
@NullMarked
package io.zhengtong.gateway.certificate;

import org.jspecify.annotations.NullMarked;
