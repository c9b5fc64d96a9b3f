/**
 * HTTPS with client certificates requested, and the plain HTTP listener next to it.
 */
@NullMarked
package io.zhengtong.gateway.tls;

import org.jspecify.annotations.NullMarked;
