package io.zhengtong.exchange.handling;

/** Where a signed-for document stands in the receiving unit's handling (收文办理). */
public enum HandlingStatus {

    REGISTERED("已登记待拟办"),
    PROPOSED("已拟办待批办"),
    IN_HANDLING("承办中"),
    COMPLETED("已办结"),
    ARCHIVED("已归档");

    private final String label;

    HandlingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
