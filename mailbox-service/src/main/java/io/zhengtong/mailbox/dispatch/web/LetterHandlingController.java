package io.zhengtong.mailbox.dispatch.web;

import io.zhengtong.mailbox.dispatch.HandlingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterSummary;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.mailbox.tracking.TypedTrackingCode;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff's letters: the work list, a letter's detail, and every staff step of the handling. */
@RestController
@RequestMapping("/api/mailbox/letters")
class LetterHandlingController {

    private final HandlingLetters handling;

    LetterHandlingController(HandlingLetters handling) {
        this.handling = handling;
    }

    record AcceptForm(@NotNull(message = "请提供信件版本号") Long version, LetterType type) {
    }

    record RejectForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写不予受理的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    /** The leader's display name is the directory's; a {@code leaderName} sent by older clients is ignored. */
    record ForwardForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请选择批办领导") @Size(max = 100, message = "领导账号不能超过100个字符") String leader,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    record WithdrawForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写撤回理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    record AssignForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请选择主办单位") String leadUnit,
            List<@NotBlank(message = "协办单位不能为空") String> assistingUnits,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    record InstructForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写批示意见") @Size(max = 2000, message = "批示意见不能超过2000个字") String instruction,
            @NotBlank(message = "请选择主办单位") String leadUnit,
            List<@NotBlank(message = "协办单位不能为空") String> assistingUnits) {
    }

    record VersionForm(@NotNull(message = "请提供信件版本号") Long version) {
    }

    record ReturnForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写退回理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    record ExtensionRequestForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotNull(message = "请填写延期天数") Integer days,
            @NotBlank(message = "请填写延期理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    /** {@code days} left out grants the days asked for. */
    record ExtensionGrantForm(@NotNull(message = "请提供信件版本号") Long version, Integer days,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    record ExtensionRefuseForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写不同意延期的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    record ReplyForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写答复内容") @Size(max = 10000, message = "答复内容不能超过10000个字") String text) {
    }

    record ReviewForm(@NotNull(message = "请提供信件版本号") Long version,
            @Size(max = 1000, message = "审核意见不能超过1000个字") String remark) {
    }

    record SendBackForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写修改意见") @Size(max = 1000, message = "修改意见不能超过1000个字") String remark) {
    }

    record AssistingOpinionForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写协办意见") @Size(max = 2000, message = "协办意见不能超过2000个字") String text) {
    }

    /** The work list, a page at a time; {@code q}: a tracking code (查询码) to find one letter by. */
    @GetMapping
    PageOf<LetterSummary> list(CurrentUser user, @RequestParam(required = false) LetterStatus status,
            @RequestParam(required = false) @TypedTrackingCode String q, @Valid PageQuery paging) {
        TrackingCode code = q == null || q.isBlank() ? null : TrackingCode.parse(q);
        return handling.list(Actor.of(user), status, code, paging);
    }

    @GetMapping("/{id}")
    LetterDetail detail(CurrentUser user, @PathVariable UUID id) {
        return handling.detail(Actor.of(user), id);
    }

    @PostMapping("/{id}/accept")
    LetterDetail accept(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AcceptForm form) {
        return handling.accept(Actor.of(user), id, form.version(), form.type());
    }

    @PostMapping("/{id}/reject")
    LetterDetail reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RejectForm form) {
        return handling.reject(Actor.of(user), id, form.version(), form.reason());
    }

    @PostMapping("/{id}/forward")
    LetterDetail forward(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ForwardForm form) {
        return handling.forward(Actor.of(user), id, form.version(), form.leader(), form.remark());
    }

    @PostMapping("/{id}/withdraw-from-leader")
    LetterDetail withdrawFromLeader(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody WithdrawForm form) {
        return handling.withdrawFromLeader(Actor.of(user), id, form.version(), form.reason());
    }

    @PostMapping("/{id}/assign")
    LetterDetail assign(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AssignForm form) {
        return handling.assign(Actor.of(user), id, form.version(), form.leadUnit(), form.assistingUnits(), form.remark());
    }

    @PostMapping("/{id}/instruct")
    LetterDetail instruct(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InstructForm form) {
        return handling.instruct(Actor.of(user), id, form.version(), form.leadUnit(), form.assistingUnits(),
                form.instruction());
    }

    @PostMapping("/{id}/sign-for")
    LetterDetail signFor(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody VersionForm form) {
        return handling.signFor(Actor.of(user), id, form.version());
    }

    @PostMapping("/{id}/return")
    LetterDetail returnToDispatcher(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReturnForm form) {
        return handling.returnToDispatcher(Actor.of(user), id, form.version(), form.reason());
    }

    @PostMapping("/{id}/extension-request")
    LetterDetail requestExtension(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ExtensionRequestForm form) {
        return handling.requestExtension(Actor.of(user), id, form.version(), form.days(), form.reason());
    }

    /** An assisting unit's opinion (协办意见); writing again replaces the unit's earlier one until the reply is submitted. */
    @PostMapping("/{id}/assisting-opinion")
    LetterDetail recordAssistingOpinion(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AssistingOpinionForm form) {
        return handling.recordAssistingOpinion(Actor.of(user), id, form.version(), form.text());
    }

    @PostMapping("/{id}/extension-grant")
    LetterDetail grantExtension(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ExtensionGrantForm form) {
        return handling.grantExtension(Actor.of(user), id, form.version(), form.days(), form.remark());
    }

    @PostMapping("/{id}/extension-refuse")
    LetterDetail refuseExtension(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ExtensionRefuseForm form) {
        return handling.refuseExtension(Actor.of(user), id, form.version(), form.reason());
    }

    @PostMapping("/{id}/reply")
    LetterDetail reply(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReplyForm form) {
        return handling.submitReply(Actor.of(user), id, form.version(), form.text());
    }

    @PostMapping("/{id}/reply-approve")
    LetterDetail approveReply(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReviewForm form) {
        return handling.approveReply(Actor.of(user), id, form.version(), form.remark());
    }

    @PostMapping("/{id}/reply-send-back")
    LetterDetail sendBackReply(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SendBackForm form) {
        return handling.sendBackReply(Actor.of(user), id, form.version(), form.remark());
    }
}
