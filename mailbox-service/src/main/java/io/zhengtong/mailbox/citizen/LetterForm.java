package io.zhengtong.mailbox.citizen;

import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.privacy.MainlandMobile;
import io.zhengtong.mailbox.privacy.ResidentIdNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a citizen fills in. A named letter needs a name and a mobile number to be answered; an
 * anonymous one needs neither. Subject and content are kept as typed (plain text). The captcha
 * (issued by {@code GET /api/mailbox/public/captcha}) is checked by the web layer before the letter
 * is written; the image's characters or the answer to its question both pass. A citizen writing
 * logged in needs none (their account was their proof; the per-address limit still counts): the
 * answer is required only in the group {@link WithCaptcha}, which the anonymous endpoints validate.
 */
@ReachableWriter
public record LetterForm(
        @NotBlank(message = "请选择信箱") String mailbox,
        @NotNull(message = "请选择信件类型") LetterType type,
        @NotBlank(message = "请填写信件标题") @Size(max = 100, message = "信件标题不能超过100个字") String subject,
        @NotBlank(message = "请填写信件内容") @Size(max = 5000, message = "信件内容不能超过5000个字") String content,
        @Size(max = 30, message = "姓名不能超过30个字") String contactName,
        @MainlandMobile String contactPhone,
        @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不能超过100个字符") String contactEmail,
        @ResidentIdNumber String idNumber,
        boolean consentToPublish,
        boolean anonymous,
        String captchaId,
        @NotBlank(message = "请填写验证码", groups = LetterForm.WithCaptcha.class)
        @Size(max = 20, message = "验证码不正确或已过期，请重新输入新的验证码") String captchaAnswer) {

    /** The checks of a letter written without login: the captcha must be answered. */
    public interface WithCaptcha {
    }
}
