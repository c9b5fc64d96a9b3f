package io.zhengtong.mailbox.captcha;

import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422 with a field error on {@code captchaAnswer}, where the form shows it: wrong, expired or used up. */
public class CaptchaNotSolved extends ErrorResponseException {

    public static final String FIELD = "captchaAnswer";
    static final String MESSAGE = "验证码不正确或已过期，请重新输入新的验证码";

    public CaptchaNotSolved() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "验证码不正确或已过期，请按新的图片或问题重新输入。");
        problem.setTitle("验证码不正确");
        problem.setType(URI.create("urn:zhengtong:problem:captcha-not-solved"));
        problem.setProperty("errors", List.of(new FieldError(FIELD, MESSAGE)));
        return problem;
    }
}
