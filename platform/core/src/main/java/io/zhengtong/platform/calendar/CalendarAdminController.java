package io.zhengtong.platform.calendar;

import io.zhengtong.platform.calendar.CalendarAdministration.Overview;
import io.zhengtong.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar's administration, in the owner service only ({@code zhengtong.calendar.admin.enabled};
 * the gateway routes {@code /api/calendar/**} there). Staff may read; only a platform administrator
 * loads a year.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarAdminController {

    static final String ADMIN_ROLE = "platform-admin";

    private final CalendarAdministration administration;

    public CalendarAdminController(CalendarAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/years")
    Overview years(CurrentUser user) {
        return administration.overview();
    }

    @GetMapping(value = "/years/{year}", produces = "text/csv;charset=UTF-8")
    String year(CurrentUser user, @PathVariable int year) {
        return administration.yearCsv(year);
    }

    /** The year's adjustments as CSV in the seed format ({@code date,kind,holiday}). */
    @PutMapping(value = "/years/{year}", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE },
            produces = MediaType.APPLICATION_JSON_VALUE)
    Overview replaceYear(CurrentUser user, @PathVariable int year, @RequestBody(required = false) String csv) {
        if (!user.hasRole(ADMIN_ROLE)) {
            throw new io.zhengtong.platform.problem.DomainRuleViolation(HttpStatus.FORBIDDEN, "calendar-admin-only",
                    "无权修改节假日安排", "只有平台管理员可以导入或修改节假日安排。");
        }
        return administration.replaceYear(year, csv, user.username());
    }
}
