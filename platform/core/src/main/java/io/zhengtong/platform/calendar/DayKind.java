package io.zhengtong.platform.calendar;

/** What a date is on the working-day calendar, with the Chinese label users see. */
public enum DayKind {

    /** A Monday to Friday that is worked. */
    WORKDAY("工作日", true),

    /** A Saturday or Sunday worked to make up for a holiday (调休上班). */
    ADJUSTED_WORKDAY("调休上班", true),

    /** A Saturday or Sunday off. */
    WEEKEND("周末", false),

    /** A public holiday: a weekday off by the notice, or a weekend day inside a holiday's days off. */
    HOLIDAY("节假日", false);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    public String label() {
        return label;
    }

    public boolean isWorking() {
        return working;
    }
}
