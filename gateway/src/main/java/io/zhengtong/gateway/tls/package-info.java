/**
 * HTTPS with client certificates requested (those outside their validity period let through the
 * handshake, to be refused with a clear message), and the plain HTTP listener next to it.
 */
@NullMarked
package io.zhengtong.gateway.tls;

import org.jspecify.annotations.NullMarked;
