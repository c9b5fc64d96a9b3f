package io.zhengtong.gateway.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the gateway routes to, by the key used in the routes' fallback URIs
 * ({@code forward:/fallback/<key>}), with the name a user reads when it is down.
 */
enum Downstream {

	PORTAL("portal", "门户网站服务", false),

	DISCLOSURE("disclosure", "政府信息公开服务", false),

	MAILBOX("mailbox", "信箱服务", false),

	EXCHANGE("exchange", "公文交换服务", false),

	MEETING("meeting", "会议通知服务", false),

	/** The public website rendered by portal-service: people, so a page by default. */
	WEBSITE("website", "门户网站", true),

	/** Keycloak's login pages: people, so a page by default. */
	KEYCLOAK("keycloak", "统一身份认证服务", true);

	private final String key;

	private final String displayName;

	private final boolean htmlByDefault;

	Downstream(String key, String displayName, boolean htmlByDefault) {
		this.key = key;
		this.displayName = displayName;
		this.htmlByDefault = htmlByDefault;
	}

	static Optional<Downstream> byKey(String key) {
		return Arrays.stream(values()).filter((d) -> d.key.equals(key)).findFirst();
	}

	String key() {
		return this.key;
	}

	String displayName() {
		return this.displayName;
	}

	boolean htmlByDefault() {
		return this.htmlByDefault;
	}

}
