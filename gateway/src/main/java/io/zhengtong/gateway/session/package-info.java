/**
 * The stateless session: login, tokens and pending logins in encrypted, authenticated cookies.
 */
@NullMarked
package io.zhengtong.gateway.session;

import org.jspecify.annotations.NullMarked;
