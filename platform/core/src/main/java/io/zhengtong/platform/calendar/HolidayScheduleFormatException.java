package io.zhengtong.platform.calendar;

/**
 * A schedule file that cannot be loaded. The message is Chinese and names the line, because it
 * goes back to the administrator who uploaded the file; nothing of the file is loaded.
 */
public class HolidayScheduleFormatException extends IllegalArgumentException {

    private final int line;

    HolidayScheduleFormatException(int line, String problem) {
        super(line > 0 ? "第 " + line + " 行：" + problem : problem);
        this.line = line;
    }

    /** The 1-based line of the file at fault, or 0 when the fault is the file as a whole. */
    public int line() {
        return line;
    }
}
