package io.zhengtong.mailbox.ratelimit;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 with {@code Retry-After}: this address has written as many letters as the window allows. */
public class TooManyLetters extends ErrorResponseException {

    public TooManyLetters(int letters, Duration window, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(letters, window, retryAfterSeconds), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    private static ProblemDetail problem(int letters, Duration window, long retryAfterSeconds) {
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "同一网络地址每" + describe(window) + "最多提交" + letters + "封信件，请于" + minutes + "分钟后再试。");
        problem.setTitle("提交过于频繁");
        problem.setType(URI.create("urn:zhengtong:problem:letter-rate-limited"));
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    private static String describe(Duration window) {
        if (window.toMinutes() % 60 == 0) {
            return window.toHours() == 1 ? "小时" : window.toHours() + "小时";
        }
        return window.toMinutes() + "分钟";
    }
}
