package io.zhengtong.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The document exchange at county scale (issue 4): one document with a 2 MB PDF body to every
 * benchmark unit, then every unit's clerk signs for it. Three phases, one after the other:
 *
 * <ol>
 * <li><b>fan-out</b>: the sender unit drafts (2 MB body), submits, checks, signs off and dispatches;
 * from the dispatch's answer on, the last unit's inbox is polled every {@code probeMillis} and,
 * once the document shows there, the sender's tracking board until it has a row per unit. The
 * time from dispatch to a complete board is printed and written to {@code resultFile}.
 * <li><b>clerk logins</b>: every clerk's token from Keycloak ({@code loginConcurrency} at a time),
 * so that the sign-for phase measures the exchange and not Keycloak's password hashing.
 * <li><b>sign-for</b>: an open model, clerks arriving evenly at {@code signForRate} per second, each
 * opening the inbox, the document (signature check) and signing for it (signed receipt). Latency
 * per request is in the Gatling report; the throughput (completed sign-fors per second from
 * the first arrival to the last answer) is printed. At a rate above what the service sustains
 * the queue grows and the throughput is the service's capacity.
 * </ol>
 * Finally the sender's board must show every copy signed for. A request to the exchange refused
 * for overload (503 系统繁忙) is sent once more after Retry-After, as the OA does, under its name
 * plus " (retry)" ({@link OverloadRetry}); Keycloak's token requests are not.
 *
 * <p>Units and clerks come from {@code benchmarks/exchange-units.sh setup N}: sender unit
 * {@code bench-sender} (users bench.sender, bench.leader), recipients {@code bench-0001..N}
 * (clerks bench.0001..N). System properties: {@code units} (880), {@code signForRate} (5),
 * {@code loginConcurrency} (4), {@code bodyBytes} (2 MiB), {@code probeMillis} (100),
 * {@code fanOutTimeout} (240 s), {@code exchangeUrl} ({@value #DEFAULT_EXCHANGE}),
 * {@code keycloakUrl} ({@value #DEFAULT_KEYCLOAK}), {@code resultFile} (none).
 */
public class ExchangeSimulation extends Simulation {

    static final String DEFAULT_EXCHANGE = "http://127.0.0.1:18084";
    static final String DEFAULT_KEYCLOAK = "http://127.0.0.1:8180/auth";
    private static final String PASSWORD = "Zhengtong@2026";
    private static final String SENDER = "bench.sender";
    private static final String LEADER = "bench.leader";
    /** Access tokens live 300 s in the realm; older ones are refreshed before use. */
    private static final long TOKEN_FRESH_NANOS = Duration.ofSeconds(240).toNanos();

    private final int units = Integer.getInteger("units", 880);
    private final double signForRate = Double.parseDouble(System.getProperty("signForRate", "5"));
    private final int loginConcurrency = Integer.getInteger("loginConcurrency", 4);
    private final int bodyBytes = Integer.getInteger("bodyBytes", 2 * 1024 * 1024);
    private final Duration probe = Duration.ofMillis(Integer.getInteger("probeMillis", 100));
    private final Duration fanOutTimeout = Duration.ofSeconds(Integer.getInteger("fanOutTimeout", 240));
    private final String exchangeUrl = trimSlash(System.getProperty("exchangeUrl", DEFAULT_EXCHANGE));
    private final String tokenUrl = trimSlash(System.getProperty("keycloakUrl", DEFAULT_KEYCLOAK))
            + "/realms/zhengtong/protocol/openid-connect/token";
    private final String resultFile = System.getProperty("resultFile");

    private final byte[] draftJson = draftJson(BenchmarkPdf.ofSize(bodyBytes), units).getBytes(StandardCharsets.UTF_8);

    // Handed from one phase to the next.
    private volatile String documentId;
    private final List<String> results = new ArrayList<>();
    private final Map<Integer, ClerkToken> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger nextLogin = new AtomicInteger(1);
    private final AtomicInteger nextClerk = new AtomicInteger(1);
    private final AtomicInteger signedFor = new AtomicInteger();
    private final AtomicLong firstArrivalNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);

    private record ClerkToken(String access, String refresh, long fetchedNanos) {
    }

    {
        System.out.printf(Locale.ROOT, "Exchange benchmark: %d units, %d-byte body, sign-for at %.1f clerks/s, %s%n",
                units, bodyBytes, signForRate, exchangeUrl);
        HttpProtocolBuilder protocol = http.baseUrl(exchangeUrl).acceptHeader("application/json")
                .disableCaching().shareConnections();
        setUp(fanOut().injectOpen(atOnceUsers(1))
                .andThen(clerkLogins().injectOpen(atOnceUsers(loginConcurrency))
                        .andThen(signFor().injectOpen(
                                rampUsers(units).during(Duration.ofMillis(Math.round(units * 1000 / signForRate))))
                                .andThen(board().injectOpen(atOnceUsers(1))))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    // ------------------------------------------------------------------------------------------
    // Phase 1: compose, approve, dispatch, wait for every inbox

    private ScenarioBuilder fanOut() {
        return scenario("fan-out")
                .exec(login("sender login", SENDER)).exec(session -> session.set("senderToken", session.getString("access")))
                .exec(login("sender login", LEADER)).exec(session -> session.set("leaderToken", session.getString("access")))
                .exec(login("sender login", clerk(units))).exec(session -> session.set("probeToken", session.getString("access")))
                .exec(retriedOnce("draft (" + bodyBytes / 1024 + " KiB body)", name -> http(name).post("/api/exchange/outgoing")
                        .header("Authorization", "Bearer #{senderToken}")
                        .body(ByteArrayBody(draftJson)).asJson(),
                        status().is(201), jmesPath("id").saveAs("documentId"),
                        jmesPath("version").ofLong().saveAs("version")))
                .exec(step("submit", "senderToken"), step("check", "leaderToken"), step("sign-off", "leaderToken"))
                .exec(session -> session.set("dispatchStart", System.nanoTime()))
                .exec(step("dispatch", "senderToken"))
                .exitHereIfFailed()
                .exec(session -> session.set("dispatched", System.nanoTime()).set("complete", false))
                .asLongAs(session -> !session.getBoolean("complete")
                        && System.nanoTime() - session.getLong("dispatched") < fanOutTimeout.toNanos())
                .on(exec(session -> session.set("probeStart", System.nanoTime()))
                        .exec(retriedOnce("probe: last unit's inbox", name -> http(name).get("/api/exchange/inbox?status=PENDING")
                                .header("Authorization", "Bearer #{probeToken}"),
                                status().is(200), bodyString().saveAs("probeInbox")))
                        .doIf(session -> session.getString("probeInbox").contains(session.getString("documentId")))
                        .then(exec(retriedOnce("tracking board", name -> http(name).get("/api/exchange/outgoing/#{documentId}/tracking")
                                .header("Authorization", "Bearer #{senderToken}"),
                                status().is(200), jmesPath("length(rows)").ofInt().saveAs("rows")))
                                .exec(this::fanOutComplete))
                        .doIf(session -> !session.getBoolean("complete")).then(pause(probe)))
                .exec(session -> {
                    if (!session.getBoolean("complete")) {
                        record("FAN-OUT INCOMPLETE: fewer than %d tracking rows %d s after the dispatch", units,
                                fanOutTimeout.toSeconds());
                        return session.markAsFailed();
                    }
                    documentId = session.getString("documentId");
                    return session;
                });
    }

    private Session fanOutComplete(Session session) {
        if (session.getInt("rows") < units) {
            return session;
        }
        long answered = System.nanoTime();
        long dispatched = session.getLong("dispatched");
        record("fan-out: %d units, %d-byte PDF body", units, bodyBytes);
        record("  dispatch request (number, SM2 signature over metadata and files): %.2f s",
                seconds(dispatched - session.getLong("dispatchStart")));
        // Every delivery is in the board once the probe that started before the board request saw it.
        record("  dispatch answered -> all %d tracking rows: %.2f s (the last inbox seen after %.2f s, "
                + "probe every %d ms)", units, seconds(answered - dispatched),
                seconds(session.getLong("probeStart") - dispatched), probe.toMillis());
        return session.set("complete", true);
    }

    private ChainBuilder step(String step, String token) {
        return retriedOnce(step, name -> http(name).post("/api/exchange/outgoing/#{documentId}/" + step)
                .header("Authorization", "Bearer #{" + token + "}")
                .body(StringBody("{\"version\": #{version}}")).asJson(),
                status().is(200), jmesPath("version").ofLong().saveAs("version"));
    }

    // ------------------------------------------------------------------------------------------
    // Phase 2: every clerk logs in once

    private ScenarioBuilder clerkLogins() {
        return scenario("clerk logins")
                .doIf(session -> documentId != null)
                .then(asLongAs(session -> nextLogin.get() <= units)
                        .on(exec(session -> session.set("clerk", nextLogin.getAndIncrement()))
                                .doIf(session -> session.getInt("clerk") <= units)
                                .then(exec(session -> session.set("username", clerk(session.getInt("clerk"))))
                                        .exec(login("clerk login", "#{username}"))
                                        .exec(session -> {
                                            if (!session.isFailed()) {
                                                tokens.put(session.getInt("clerk"), new ClerkToken(
                                                        session.getString("access"), session.getString("refresh"),
                                                        System.nanoTime()));
                                            }
                                            return session;
                                        }))));
    }

    // ------------------------------------------------------------------------------------------
    // Phase 3: each clerk opens and signs for the unit's copy

    private ScenarioBuilder signFor() {
        return scenario("sign-for")
                .exec(session -> {
                    int clerk = nextClerk.getAndIncrement();
                    ClerkToken token = tokens.get(clerk);
                    if (documentId == null || token == null) {
                        return session.markAsFailed();
                    }
                    firstArrivalNanos.accumulateAndGet(System.nanoTime(), Math::min);
                    return session.set("documentId", documentId).set("access", token.access())
                            .set("refresh", token.refresh())
                            .set("stale", System.nanoTime() - token.fetchedNanos() > TOKEN_FRESH_NANOS);
                })
                .exitHereIfFailed()
                .doIf(session -> session.getBoolean("stale")).then(exec(refresh()))
                .exec(retriedOnce("inbox", name -> http(name).get("/api/exchange/inbox?status=PENDING")
                        .header("Authorization", "Bearer #{access}"),
                        status().is(200),
                        jmesPath("content[?documentId=='#{documentId}'].id | [0]").saveAs("deliveryId")))
                .exitHereIfFailed() // a failed step's error counts once, not again for the steps after it
                .exec(retriedOnce("open (signature check)", name -> http(name).get("/api/exchange/inbox/#{deliveryId}")
                        .header("Authorization", "Bearer #{access}"),
                        status().is(200), jmesPath("signature.status").is("VALID"),
                        jmesPath("version").ofLong().saveAs("version")))
                .exitHereIfFailed()
                .exec(retriedOnce("sign-for (signed receipt)", name -> http(name).post("/api/exchange/inbox/#{deliveryId}/sign-for")
                        .header("Authorization", "Bearer #{access}")
                        .body(StringBody("{\"version\": #{version}}")).asJson(),
                        status().is(200), jmesPath("status").is("SIGNED_FOR"),
                        jmesPath("receipt.signatureValid").ofBoolean().is(true)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        signedFor.incrementAndGet();
                        lastAnswerNanos.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                    return session;
                });
    }

    private ChainBuilder refresh() {
        return exec(http("clerk token refresh").post(tokenUrl)
                .formParam("grant_type", "refresh_token").formParam("client_id", "zhengtong-cli")
                .formParam("refresh_token", "#{refresh}")
                .check(status().is(200), jmesPath("access_token").saveAs("access")));
    }

    // ------------------------------------------------------------------------------------------
    // Finally: the sender's board counts every receipt

    private ScenarioBuilder board() {
        return scenario("sign-for rate")
                .doIf(session -> documentId != null)
                .then(exec(session -> session.set("documentId", documentId))
                        .exec(login("sender login", SENDER))
                        .exec(retriedOnce("tracking board", name -> http(name).get("/api/exchange/outgoing/#{documentId}/tracking")
                                .header("Authorization", "Bearer #{access}"),
                                status().is(200), jmesPath("signForRate.signedFor").ofInt().saveAs("boardSigned"),
                                jmesPath("signForRate.label").saveAs("boardLabel")))
                        .exec(session -> {
                            double span = seconds(lastAnswerNanos.get() - firstArrivalNanos.get());
                            record("sign-for: %d of %d clerks signed for (inbox + open + sign-for each), arrivals at "
                                    + "%.1f/s", signedFor.get(), units, signForRate);
                            record("  throughput: %.2f sign-fors/s (%d in %.1f s, first arrival to last answer)",
                                    signedFor.get() / span, signedFor.get(), span);
                            record("  sender's board: %d signed for (%s)", session.getInt("boardSigned"),
                                    session.getString("boardLabel"));
                            return session;
                        }));
    }

    // ------------------------------------------------------------------------------------------

    private HttpRequestActionBuilder login(String name, String username) {
        return http(name).post(tokenUrl)
                .formParam("grant_type", "password").formParam("client_id", "zhengtong-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .check(status().is(200), jmesPath("access_token").saveAs("access"),
                        jmesPath("refresh_token").saveAs("refresh"));
    }

    @Override
    public void after() {
        if (resultFile == null) {
            return;
        }
        try {
            Files.writeString(Path.of(resultFile), String.join("\n", results) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write " + resultFile + ": " + e);
        }
    }

    private synchronized void record(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        results.add(line);
    }

    static String clerk(int number) {
        return String.format(Locale.ROOT, "bench.%04d", number);
    }

    /** The draft: every benchmark unit as 主送, the body as Base64, not for disclosure. */
    static String draftJson(byte[] body, int units) {
        StringBuilder recipients = new StringBuilder();
        for (int i = 1; i <= units; i++) {
            recipients.append(i == 1 ? "" : ",").append(String.format(Locale.ROOT, "\"bench-%04d\"", i));
        }
        return "{\"classification\":\"\",\"urgency\":\"加急\",\"title\":\"关于开展公文交换压力测试的通知\","
                + "\"mainRecipients\":[" + recipients + "],\"copyRecipients\":[],\"disclosure\":\"不予公开\","
                + "\"body\":{\"name\":\"正文.pdf\",\"content\":\"" + Base64.getEncoder().encodeToString(body) + "\"},"
                + "\"attachments\":[]}";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
