package io.zhengtong.exchange.handling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The steps of 收文办理 as the REST API names them ({@code POST .../handling/{action}}). */
public enum HandlingAction {

    REGISTER("register", "登记"),
    PROPOSE("propose", "拟办"),
    INSTRUCT("instruct", "批办"),
    FINISH("finish", "承办"),
    COMPLETE("complete", "办结"),
    ARCHIVE("archive", "归档");

    private final String path;
    private final String label;

    HandlingAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The name in the URL and in {@code allowedActions}, e.g. {@code register}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static Optional<HandlingAction> ofPath(String path) {
        String wanted = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.path.equals(wanted)).findFirst();
    }
}
