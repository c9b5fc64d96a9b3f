package io.zhengtong.platform.problem;

import java.util.Map;

import org.springframework.http.HttpStatusCode;

/** Chinese titles for the standard statuses Spring MVC reports itself (405, 415, 404 ...). */
final class ChineseTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求参数有误"),
            Map.entry(401, "未登录或登录已过期"),
            Map.entry(403, "没有访问权限"),
            Map.entry(404, "请求的资源不存在"),
            Map.entry(405, "不支持的请求方法"),
            Map.entry(406, "无法提供所请求的格式"),
            Map.entry(409, "操作与当前状态冲突"),
            Map.entry(413, "提交的内容过大"),
            Map.entry(415, "不支持的内容类型"),
            Map.entry(422, "无法处理的请求"),
            Map.entry(429, "请求过于频繁"),
            Map.entry(500, "系统内部错误"),
            Map.entry(503, "服务暂时不可用"));

    private ChineseTitles() {
    }

    /** Keeps a title a handler set on purpose; replaces Spring's English reason phrases. */
    static String forStatus(HttpStatusCode status, String current) {
        boolean isDefaultEnglish = current == null || current.chars().allMatch(c -> c < 128);
        return isDefaultEnglish ? TITLES.getOrDefault(status.value(), current) : current;
    }
}
