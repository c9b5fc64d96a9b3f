package io.zhengtong.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.zhengtong.benchmarks.OverloadRetry.retriedOnce;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen letter's whole life through the gateway, one virtual user per letter, in an open
 * model (new letters arrive at a fixed rate whatever the system's state, as citizens do):
 *
 * <ol>
 * <li>the citizen writes to 信访局信箱 ({@code POST /api/mailbox/public/letters}, 201, tracking code and password);
 * <li>the dispatcher (wang.fang) opens the first page of new letters ({@code GET /api/mailbox/letters?status=SUBMITTED},
 *     20 lines) and finds the letter there by its tracking code (if newer letters pushed it off the
 *     page, she types the code: {@code &q=}), accepts it and forwards it to leader liu.yang;
 * <li>the leader instructs: the housing bureau leads;
 * <li>the housing clerk (zhao.lei) signs for it and drafts the reply;
 * <li>the dispatcher approves the reply (review);
 * <li>the citizen reads the answer with code and password (optional, {@code track}) and rates it: CLOSED.
 * </ol>
 *
 * Every step checks its status code and the letter's new status; a failed step ends that
 * lifecycle (the rest would only fail too). A step refused for overload (503 系统繁忙) is sent once
 * more after Retry-After, as the OA does, under its name plus " (retry)" ({@link OverloadRetry}). Staff use real Keycloak tokens, one per user, cached
 * ({@link StaffTokens}). The group {@code lifecycle} times the whole life (sum of its requests:
 * there is no think time).
 *
 * <p>System properties (all optional): {@code rate} (lifecycles started per second, 10),
 * {@code ramp} (seconds from 1/s to rate, 10), {@code duration} (seconds at rate, 60),
 * {@code gatewayUrl} (http://127.0.0.1:18080), {@code keycloakUrl} (http://127.0.0.1:8180/auth),
 * {@code track} (true: the citizen reads the answer before rating).
 */
public class MailboxLifecycleSimulation extends Simulation {

    static final String DISPATCHER = "wang.fang"; // dispatcher of petition (owns 信访局信箱)
    static final String LEADER = "liu.yang"; // 副县长, gov-office
    static final String LEADER_NAME = "刘洋";
    static final String CLERK = "zhao.lei"; // staff, housing
    static final String PASSWORD = System.getProperty("staffPassword", "Zhengtong@2026");

    private final double rate = Double.parseDouble(System.getProperty("rate", "10"));
    private final int ramp = Integer.getInteger("ramp", 10);
    private final int duration = Integer.getInteger("duration", 60);
    private final String gatewayUrl = System.getProperty("gatewayUrl", "http://127.0.0.1:18080").replaceAll("/+$", "");
    private final boolean track = Boolean.parseBoolean(System.getProperty("track", "true"));
    private final StaffTokens tokens = new StaffTokens(System.getProperty("keycloakUrl", "http://127.0.0.1:8180/auth"), PASSWORD);
    private static final AtomicLong LETTERS = new AtomicLong();

    {
        // Fail early and clearly when Keycloak or a demo user is missing, not with 100 % KO.
        tokens.get(DISPATCHER);
        tokens.get(LEADER);
        tokens.get(CLERK);

        HttpProtocolBuilder protocol = http.baseUrl(gatewayUrl)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            // One pool for all users: the load generator shares 2 cores with the system under test.
            .shareConnections();

        ChainBuilder life = exec(session -> session.set("n", LETTERS.incrementAndGet()))
            // The citizen's form shows a captcha; the benchmark answers its question as a screen-reader user would.
            .exec(retriedOnce("0 captcha", name -> http(name).get("/api/mailbox/public/captcha"),
                status().is(200), jsonPath("$.id").saveAs("captchaId"), jsonPath("$.question").saveAs("captchaQuestion")))
            .exitHereIfFailed()
            .exec(retriedOnce("1 submit", name -> http(name).post("/api/mailbox/public/letters")
                .body(StringBody(MailboxLifecycleSimulation::letter)),
                status().is(201), jsonPath("$.trackingCode").saveAs("code"), jsonPath("$.queryPassword").saveAs("password")))
            .exitHereIfFailed()
            .exec(retriedOnce("2 dispatcher list",
                name -> staff(DISPATCHER, http(name).get("/api/mailbox/letters?status=SUBMITTED")),
                status().is(200),
                jsonPath("$.content[?(@.trackingCode == '#{code}')].id").optional().saveAs("id"),
                jsonPath("$.content[?(@.trackingCode == '#{code}')].version").optional().saveAs("version")))
            .exitHereIfFailed()
            // Newer letters can push it off the first page (20 lines): the dispatcher types its tracking code.
            .doIf(session -> !session.contains("id")).then(
                exec(retriedOnce("2 dispatcher finds by code",
                    name -> staff(DISPATCHER, http(name).get("/api/mailbox/letters?status=SUBMITTED&q=#{code}")),
                    status().is(200),
                    jsonPath("$.content[0].id").saveAs("id"),
                    jsonPath("$.content[0].version").saveAs("version")))
                .exitHereIfFailed())
            .exec(step(DISPATCHER, "3 accept", "accept", "{\"version\":#{version}}", "ACCEPTED"))
            .exitHereIfFailed()
            .exec(step(DISPATCHER, "4 forward", "forward",
                    "{\"version\":#{version},\"leader\":\"" + LEADER + "\",\"leaderName\":\"" + LEADER_NAME
                            + "\",\"remark\":\"涉及住建，请领导批示\"}", "FORWARDED_TO_LEADER"))
            .exitHereIfFailed()
            .exec(step(LEADER, "5 instruct", "instruct",
                    "{\"version\":#{version},\"instruction\":\"请住建局牵头，三日内核实并答复群众。\",\"leadUnit\":\"housing\"}",
                    "ASSIGNED"))
            .exitHereIfFailed()
            .exec(step(CLERK, "6 sign-for", "sign-for", "{\"version\":#{version}}", "IN_PROGRESS"))
            .exitHereIfFailed()
            .exec(step(CLERK, "7 reply", "reply",
                    "{\"version\":#{version},\"text\":\"您好，经现场核实，已安排施工队于本周疏通排水管道。感谢您的监督。\"}",
                    "REPLY_IN_REVIEW"))
            .exitHereIfFailed()
            .exec(step(DISPATCHER, "8 review", "reply-approve", "{\"version\":#{version},\"remark\":\"同意答复\"}", "ANSWERED"))
            .exitHereIfFailed();
        if (track) {
            life = life.exec(retriedOnce("9 citizen reads", name -> http(name).get("/api/mailbox/public/letters/#{code}")
                    .header("X-Query-Password", "#{password}"),
                    status().is(200), jsonPath("$.status").is("ANSWERED"), jsonPath("$.reply").exists()))
                .exitHereIfFailed();
        }
        life = life.exec(retriedOnce("10 rate", name -> http(name).post("/api/mailbox/public/letters/#{code}/rating")
            .header("X-Query-Password", "#{password}")
            .body(StringBody("{\"rating\":\"SATISFIED\",\"remark\":\"处理及时\"}")),
            status().is(200), jsonPath("$.status").is("CLOSED")));

        ScenarioBuilder lifecycle = scenario("mailbox lifecycle").exec(group("lifecycle").on(life));

        setUp(lifecycle.injectOpen(
                rampUsersPerSec(1).to(rate).during(Duration.ofSeconds(ramp)),
                constantUsersPerSec(rate).during(Duration.ofSeconds(duration))))
            .protocols(protocol)
            .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** A staff request with the user's cached bearer token. */
    private HttpRequestActionBuilder staff(String username, HttpRequestActionBuilder request) {
        return request.header("Authorization", session -> "Bearer " + tokens.get(username));
    }

    /** A staff step on the letter: 200, the expected status, and the new version for the next step. */
    private ChainBuilder step(String username, String name, String action, String body, String expectedStatus) {
        return retriedOnce(name, request -> staff(username, http(request).post("/api/mailbox/letters/#{id}/" + action)
            .body(StringBody(body))),
            status().is(200), jsonPath("$.status").is(expectedStatus), jsonPath("$.version").saveAs("version"));
    }

    private static String letter(Session session) {
        long n = session.getLong("n");
        return """
                {"mailbox":"petition","type":"COMPLAINT","subject":"小区排水不畅（压测%d）",\
                "content":"凤州镇老旧小区改造后排水不畅，雨天积水严重，居民出行困难，希望有关部门尽快疏通。",\
                "contactName":"李四","contactPhone":"139%08d","contactEmail":"lisi%d@example.com",\
                "consentToPublish":false,"anonymous":false,"captchaId":"%s","captchaAnswer":"%s"}"""
            .formatted(n, n % 100_000_000, n, session.getString("captchaId"), answer(session.getString("captchaQuestion")));
    }

    private static final String NUMBERS = "零一二三四五六七八九十";
    private static final Pattern SUM = Pattern.compile("([零一二三四五六七八九十])([加减])([零一二三四五六七八九十])等于几？");

    /** The answer to the captcha's question (e.g. 七加五等于几？), in digits. */
    static String answer(String question) {
        Matcher sum = SUM.matcher(question);
        if (!sum.matches()) {
            throw new IllegalArgumentException("not a captcha question: " + question);
        }
        int a = NUMBERS.indexOf(sum.group(1));
        int b = NUMBERS.indexOf(sum.group(3));
        return Integer.toString("加".equals(sum.group(2)) ? a + b : a - b);
    }
}
