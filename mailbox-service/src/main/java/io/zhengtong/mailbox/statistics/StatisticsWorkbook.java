package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.statistics.MailboxStatistics.MonthReport;
import io.zhengtong.mailbox.statistics.MailboxStatistics.UnitRow;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly statistics as an xlsx sheet: a title row, the Chinese headers, one row per unit and
 * the 合计 row. Rates are percentages; an empty cell means there was nothing to rate.
 */
public final class StatisticsWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String[] HEADERS = { "单位", "收信数", "答复数", "按期答复数", "按期答复率(%)", "平均办理工作日", "满意",
        "基本满意", "不满意", "满意率(%)", "超期件数" };

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(WorkingDayCalendar.ZONE);

    private StatisticsWorkbook() {
    }

    public static byte[] of(MonthReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.month() + " 信箱办理统计");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(report.month() + " 领导信箱办理情况统计"
                    + (report.snapshotAt() == null ? "（实时统计）" : "（数据截至 " + AS_OF.format(report.snapshotAt()) + "）"));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 2;
            for (UnitRow row : report.rows()) {
                write(sheet.createRow(r++), row.unitName(), row.received(), row.answered(), row.answeredOnTime(),
                        row.onTimeRate(), row.averageWorkingDays(), row.satisfied(), row.basicallySatisfied(),
                        row.unsatisfied(), row.satisfactionRate(), row.overdue());
            }
            Figures t = report.totals();
            Row totals = sheet.createRow(r);
            write(totals, "合计", t.received(), t.answered(), t.answeredOnTime(), t.onTimeRate(), t.averageWorkingDays(),
                    t.satisfied(), t.basicallySatisfied(), t.unsatisfied(), t.satisfactionRate(), t.overdue());
            totals.getCell(0).setCellStyle(bold);
            sheet.setColumnWidth(0, 32 * 256);
            for (int i = 1; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the statistics workbook", e);
        }
    }

    private static void write(Row row, String name, Object... values) {
        row.createCell(0).setCellValue(name);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i + 1).setCellValue(n.doubleValue());
            }
            else {
                row.createCell(i + 1);
            }
        }
    }
}
