package io.zhengtong.mailbox.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * What a citizen's letter carries besides its fields: a captcha fetched from the form and solved
 * (by its question, the non-visual alternative a screen reader reads out), and the address the
 * gateway reports for the writer. Every test letter comes from a fresh random address, so the
 * per-address limit (5 an hour) never couples one test to another.
 *
 * @param captchaId the captcha's id as the form sends it
 * @param captchaAnswer the solved question, in digits
 * @param address the writer's address, sent as {@code X-Forwarded-For}
 */
public record CitizenSubmission(String captchaId, String captchaAnswer, String address) {

    private static final String NUMBERS = "零一二三四五六七八九十";
    private static final Pattern SUM = Pattern.compile("([零一二三四五六七八九十])([加减])([零一二三四五六七八九十])等于几？");

    /** Fetches a fresh captcha through {@code http} (the service's own base URL), solves it, picks a random address. */
    public static CitizenSubmission solve(RestClient http) {
        return solve(http, randomAddress());
    }

    /** As {@link #solve(RestClient)}, writing from {@code address}. */
    public static CitizenSubmission solve(RestClient http, String address) {
        Map<String, Object> captcha = http.get().uri("/api/mailbox/public/captcha").retrieve().body(Map.class);
        if (captcha == null || captcha.get("id") == null) {
            throw new IllegalStateException("no captcha issued: " + captcha);
        }
        return new CitizenSubmission(String.valueOf(captcha.get("id")), answer((String) captcha.get("question")), address);
    }

    /** A copy of the letter's fields with the solved captcha added. */
    public Map<String, Object> fill(Map<String, Object> form) {
        Map<String, Object> solved = new HashMap<>(form);
        solved.put("captchaId", captchaId);
        solved.put("captchaAnswer", captchaAnswer);
        return solved;
    }

    /** Sets the writer's address as the gateway does; use as {@code .headers(submission::from)}. */
    public void from(HttpHeaders headers) {
        headers.set("X-Forwarded-For", address);
    }

    /** An address no other test writes from (in 10.0.0.0/8, as the gateway would forward it). */
    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** The answer to a captcha question such as 七加五等于几？, in digits. */
    public static String answer(String question) {
        Matcher sum = SUM.matcher(question == null ? "" : question);
        if (!sum.matches()) {
            throw new IllegalArgumentException("not a captcha question: " + question);
        }
        int a = NUMBERS.indexOf(sum.group(1));
        int b = NUMBERS.indexOf(sum.group(3));
        return Integer.toString("加".equals(sum.group(2)) ? a + b : a - b);
    }
}
