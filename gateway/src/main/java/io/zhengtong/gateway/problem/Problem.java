package io.zhengtong.gateway.problem;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * An error the gateway answers itself, rendered as RFC 9457 problem details for programs or as a
 * short Chinese page for people ({@link ProblemResponder}).
 *
 * @param status the HTTP status
 * @param type a stable identifier of the kind of problem
 * @param title a short, human-readable summary in Chinese
 * @param detail what happened and what to do, in Chinese
 * @param retryAfterSeconds the {@code Retry-After} value, if the client should retry later
 */
public record Problem(HttpStatus status, URI type, String title, String detail, @Nullable Long retryAfterSeconds) {

	private static final String TYPE_PREFIX = "urn:zhengtong:problem:";

	public static Problem of(HttpStatus status, String kind, String title, String detail) {
		return new Problem(status, URI.create(TYPE_PREFIX + kind), title, detail, null);
	}

	public Problem retryAfter(long seconds) {
		return new Problem(this.status, this.type, this.title, this.detail, seconds);
	}

	public static Problem serviceUnavailable(String serviceName) {
		return of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "服务暂时不可用",
				serviceName + "暂时无法访问，请稍后再试").retryAfter(30);
	}

	public static Problem loginRequired() {
		return of(HttpStatus.UNAUTHORIZED, "login-required", "需要登录", "请先登录后再访问。");
	}

	public static Problem sessionExpired() {
		return of(HttpStatus.UNAUTHORIZED, "session-expired", "登录已过期", "您的登录已过期，请重新登录。");
	}

	public static Problem forbidden() {
		return of(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "您没有权限执行此操作。");
	}

	public static Problem csrfRejected() {
		return of(HttpStatus.FORBIDDEN, "csrf-token-invalid", "请求校验失败",
				"安全校验令牌缺失或无效，请刷新页面后重试。");
	}

	public static Problem tooManyRequests(long retryAfterSeconds) {
		return of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "请求过于频繁",
				"您的操作过于频繁，请在 " + retryAfterSeconds + " 秒后再试。").retryAfter(retryAfterSeconds);
	}

	public static Problem notFound() {
		return of(HttpStatus.NOT_FOUND, "not-found", "页面不存在", "您访问的页面不存在，请检查地址是否正确。");
	}

	public static Problem loginFailed() {
		return of(HttpStatus.UNAUTHORIZED, "login-failed", "登录未完成", "统一身份认证未能完成登录，请重新登录。");
	}

	/**
	 * The TLS client certificate has expired (the gateway refuses every request made with it).
	 * @param owner who the certificate is for (its CN)
	 * @param notAfter the last day it was valid, e.g. {@code 2026年7月1日}
	 */
	public static Problem certificateExpired(String owner, String notAfter) {
		return of(HttpStatus.FORBIDDEN, "certificate-expired", "数字证书已过期", "您的数字证书（" + owner + "）已于"
				+ notAfter + "过期。请联系本单位管理员更换数字证书；更换前可拔出证书钥匙（或在浏览器中不选择证书），改用用户名和密码登录。");
	}

	/**
	 * The TLS client certificate is not valid yet (the gateway refuses every request made with it).
	 * @param owner who the certificate is for (its CN)
	 * @param notBefore the day it becomes valid, e.g. {@code 2026年7月1日}
	 */
	public static Problem certificateNotYetValid(String owner, String notBefore) {
		return of(HttpStatus.FORBIDDEN, "certificate-not-yet-valid", "数字证书尚未生效", "您的数字证书（" + owner + "）自"
				+ notBefore + "起才生效。请联系本单位管理员核实数字证书；生效前可拔出证书钥匙（或在浏览器中不选择证书），改用用户名和密码登录。");
	}

	public static Problem internalError() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "系统繁忙", "系统处理请求时出错，请稍后再试。");
	}

	public static Problem forStatus(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> notFound();
			case UNAUTHORIZED -> loginRequired();
			case FORBIDDEN -> forbidden();
			case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> serviceUnavailable("该服务");
			case PAYLOAD_TOO_LARGE -> of(status, "payload-too-large", "提交的内容过大", "提交的内容超过了允许的大小。");
			case METHOD_NOT_ALLOWED -> of(status, "method-not-allowed", "不支持的请求方式", "该地址不支持此请求方式。");
			default -> status.is4xxClientError()
					? of(status, "bad-request", "请求有误", "请求无法处理，请检查后重试。") : internalError();
		};
	}

}
