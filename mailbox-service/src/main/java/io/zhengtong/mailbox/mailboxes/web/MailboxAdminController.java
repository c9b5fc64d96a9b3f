package io.zhengtong.mailbox.mailboxes.web;

import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.mailboxes.ManagedMailbox;
import io.zhengtong.mailbox.mailboxes.ManagedMailbox.Settings;
import io.zhengtong.mailbox.mailboxes.ManagingMailboxes;
import io.zhengtong.mailbox.mailboxes.ManagingMailboxes.MailboxDetail;
import io.zhengtong.mailbox.mailboxes.ManagingMailboxes.MailboxOverview;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 信箱管理 for the OA: platform administrators change mailboxes; dispatchers and supervisors read
 * them. Field rules here for the form's messages; the same rules guard {@link ManagedMailbox}.
 */
@RestController
@RequestMapping("/api/mailbox/admin/mailboxes")
class MailboxAdminController {

    private static final String CODE_MESSAGE = "信箱代码只能由小写字母、数字和连字符组成，以字母或数字开头和结尾";
    private static final String NAME_MESSAGE = "信箱名称不能超过" + ManagedMailbox.MAX_NAME_LENGTH + "个字";
    private static final String SORT_MESSAGE = "排序应为0至" + ManagedMailbox.MAX_SORT_ORDER + "的整数";
    private static final String INTRO_MESSAGE = "网站简介不能超过" + ManagedMailbox.MAX_INTRO_LENGTH + "个字";
    private static final String VERSION_MESSAGE = "缺少版本号，请重新加载后再修改";
    private static final String DAYS_MESSAGE = "办理时限应为1至" + ManagedMailbox.MAX_WORKING_DAYS + "个工作日";

    private final ManagingMailboxes managing;

    MailboxAdminController(ManagingMailboxes managing) {
        this.managing = managing;
    }

    /**
     * A mailbox's settings as the dialog sends them: {@code code} when creating (fixed afterwards),
     * {@code version} when changing (the one read); {@code workingDays} only for the types that do
     * not follow the county-wide period.
     */
    record MailboxForm(
            @Size(max = ManagedMailbox.MAX_CODE_LENGTH, message = "信箱代码不能超过64个字符")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = CODE_MESSAGE) String code,
            Long version,
            @NotBlank(message = "请填写信箱名称") @Size(max = ManagedMailbox.MAX_NAME_LENGTH, message = NAME_MESSAGE) String name,
            @NotBlank(message = "请选择所属单位") String ownerUnit,
            @NotNull(message = "请填写排序") @Min(value = 0, message = SORT_MESSAGE)
            @Max(value = ManagedMailbox.MAX_SORT_ORDER, message = SORT_MESSAGE) Integer sortOrder,
            @Size(max = ManagedMailbox.MAX_INTRO_LENGTH, message = INTRO_MESSAGE) String intro,
            Map<LetterType, @Min(value = 1, message = DAYS_MESSAGE)
                    @Max(value = ManagedMailbox.MAX_WORKING_DAYS, message = DAYS_MESSAGE) Integer> workingDays) {

        Settings settings() {
            return new Settings(name, ownerUnit, sortOrder, intro, workingDays);
        }
    }

    record VersionOnly(@NotNull(message = "缺少版本号，请重新加载后再操作") Long version) {
    }

    @GetMapping
    MailboxOverview list(CurrentUser user) {
        return managing.overview(user);
    }

    @GetMapping("/{code}")
    MailboxDetail detail(CurrentUser user, @PathVariable String code) {
        return managing.detail(user, code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MailboxDetail create(CurrentUser user, @Valid @RequestBody MailboxForm form) {
        // A missing code is refused on its field by the mailbox's own rule.
        return managing.create(user, form.code(), form.settings());
    }

    @PutMapping("/{code}")
    MailboxDetail change(CurrentUser user, @PathVariable String code, @Valid @RequestBody MailboxForm form) {
        if (form.version() == null) {
            throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "validation", "提交的内容有误", VERSION_MESSAGE,
                    List.of(new FieldError("version", VERSION_MESSAGE)));
        }
        return managing.change(user, code, form.version(), form.settings());
    }

    @PostMapping("/{code}/close")
    MailboxDetail close(CurrentUser user, @PathVariable String code, @Valid @RequestBody VersionOnly form) {
        return managing.close(user, code, form.version());
    }

    @PostMapping("/{code}/reopen")
    MailboxDetail reopen(CurrentUser user, @PathVariable String code, @Valid @RequestBody VersionOnly form) {
        return managing.reopen(user, code, form.version());
    }
}
