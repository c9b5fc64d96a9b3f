/**
 * The gateway's own errors as RFC 9457 problem details or a short Chinese page.
 */
@NullMarked
package io.zhengtong.gateway.problem;

import org.jspecify.annotations.NullMarked;
