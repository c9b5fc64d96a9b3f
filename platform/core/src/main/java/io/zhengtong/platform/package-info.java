/**
 * What every Zhengtong service shares, and nothing service-specific: resource-server security
 * with the caller as a {@link io.zhengtong.platform.security.CurrentUser}, RFC 9457 problem
 * details for every error, platform-wide defaults, and the organisation directory.
 */
package io.zhengtong.platform;
