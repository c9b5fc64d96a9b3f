/**
 * Security headers on every response.
 */
@NullMarked
package io.zhengtong.gateway.headers;

import org.jspecify.annotations.NullMarked;
