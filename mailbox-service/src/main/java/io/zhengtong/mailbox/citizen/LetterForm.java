package io.zhengtong.mailbox.citizen;

import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.privacy.MainlandMobile;
import io.zhengtong.mailbox.privacy.ResidentIdNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a citizen fills in. Subject and content are kept as typed (plain text). A named letter
 * needs a name and a way to answer: without login a mobile number; logged in a mobile number or
 * an e-mail address, the account's when the form leaves it empty ({@link #completedFrom}); an
 * anonymous letter needs neither. The checks that depend on login are in the groups
 * {@link WithoutLogin} (which the anonymous endpoints validate, with the captcha: issued by
 * {@code GET /api/mailbox/public/captcha}, checked by the web layer before the letter is written;
 * the image's characters or the answer to its question both pass) and {@link LoggedIn} (validated
 * by {@link LoggedInLetterForms}: the account was the writer's proof, no captcha; the per-address
 * limit still counts).
 */
@ReachableWriter(groups = LetterForm.WithoutLogin.class)
@ReachableWriter(groups = LetterForm.LoggedIn.class, emailSuffices = true)
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
        @NotBlank(message = "请填写验证码", groups = LetterForm.WithoutLogin.class)
        @Size(max = 20, message = "验证码不正确或已过期，请重新输入新的验证码") String captchaAnswer) {

    /** The checks of a letter written without login: the captcha must be answered, a named letter gives a mobile number. */
    public interface WithoutLogin {
    }

    /** The checks of a letter written logged in: a named letter gives a mobile number or an e-mail address. */
    public interface LoggedIn {
    }

    /**
     * The form of a named letter written logged in with the account's e-mail address where the
     * form left it empty, so the letter's notices reach the writer there. An anonymous letter keeps
     * no contact at all, the account's address neither.
     */
    public LetterForm completedFrom(CitizenAccount writer) {
        if (anonymous || writer.email() == null || (contactEmail != null && !contactEmail.isBlank())) {
            return this;
        }
        return new LetterForm(mailbox, type, subject, content, contactName, contactPhone, writer.email(), idNumber,
                consentToPublish, anonymous, captchaId, captchaAnswer);
    }
}
