/**
 * In-memory token buckets per client on the public endpoints that write or cost.
 */
@NullMarked
package io.zhengtong.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
