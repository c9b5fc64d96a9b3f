/**
 * What the routes fall back to when a service is down: 503 problem details or a Chinese page.
 */
@NullMarked
package io.zhengtong.gateway.routing;

import org.jspecify.annotations.NullMarked;
