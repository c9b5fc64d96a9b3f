package io.zhengtong.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The public website under load, through the gateway and directly on portal-service, in one run.
 *
 * <p>Both targets get the same closed workload: {@code users} virtual users each, started over
 * {@code ramp} seconds, every one of them repeating a visit (home page, an article, a channel
 * page, a search) without pause until {@code ramp + duration} seconds have passed. With no think
 * time the throughput is the most the machine serves at that concurrency, and because both
 * targets share the same portal-service and the same cores, the ratio of their request rates is
 * the cost of the gateway hop under identical conditions.
 *
 * <p>System properties (all optional): {@code users} (20 per target), {@code ramp} (10 s),
 * {@code duration} (60 s), {@code gatewayUrl} ({@value #DEFAULT_GATEWAY}; https://localhost:8443
 * works too, every certificate is trusted), {@code directUrl} ({@value #DEFAULT_DIRECT}).
 */
public class WebsiteSimulation extends Simulation {

    static final String DEFAULT_GATEWAY = "http://localhost:8080";
    static final String DEFAULT_DIRECT = "http://127.0.0.1:8081";

    /** In the title and header of every page of the site: proves a page really rendered. */
    private static final String SITE_NAME = "凤县人民政府门户网站";
    /** The result summary of the search page ("找到与“信箱”相关的结果 3 条"), absent on errors. */
    private static final String SEARCH_SUMMARY = "找到与";
    /** Two-character words the county reports contain, as citizens would type them. */
    private static final List<String> SEARCH_WORDS = List.of("信箱", "公文", "旅游", "电子政务", "政务公开");

    private final int users = Integer.getInteger("users", 20);
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("ramp", 10));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private final String gatewayUrl = trimSlash(System.getProperty("gatewayUrl", DEFAULT_GATEWAY));
    private final String directUrl = trimSlash(System.getProperty("directUrl", DEFAULT_DIRECT));

    private final Sitemap sitemap = Sitemap.load(directUrl);

    /** Every user of both targets stops at the same moment; set when the run starts. */
    private volatile long deadlineNanos;

    {
        System.out.printf("Website benchmark: %d users per target, ramp %ds, duration %ds, gateway %s, direct %s, "
                        + "%d articles and %d channels from sitemap.xml%n",
                users, ramp.toSeconds(), duration.toSeconds(), gatewayUrl, directUrl,
                sitemap.articleIds().size(), sitemap.channelCodes().size());
        setUp(load("gateway", gatewayUrl), load("direct", directUrl))
                // A safety net only: the users leave by themselves at the deadline.
                .maxDuration(ramp.plus(duration).plusSeconds(60))
                .assertions(global().failedRequests().percent().lte(1.0));
    }

    @Override
    public void before() {
        deadlineNanos = System.nanoTime() + ramp.plus(duration).toNanos();
    }

    private PopulationBuilder load(String target, String baseUrl) {
        return scenario(target)
                .asLongAs(session -> System.nanoTime() < deadlineNanos)
                .on(visit(target))
                .injectOpen(rampUsers(users).during(ramp))
                .protocols(protocol(baseUrl));
    }

    /** One visit; the request names carry the target so that the report splits p95/p99 by target. */
    private ChainBuilder visit(String target) {
        return feed(visits())
                .exec(http(target + " home").get("/")
                        .check(status().is(200), substring(SITE_NAME)))
                .exec(http(target + " article").get("/articles/#{articleId}")
                        .check(status().is(200), substring(SITE_NAME)))
                .exec(http(target + " channel").get("/channels/#{channel}")
                        .check(status().is(200), substring(SITE_NAME)))
                .exec(http(target + " search").get("/search").queryParam("q", "#{q}")
                        .check(status().is(200), substring(SITE_NAME), substring(SEARCH_SUMMARY)));
    }

    private Iterator<Map<String, Object>> visits() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "articleId", any(sitemap.articleIds()),
                        "channel", any(sitemap.channelCodes()),
                        "q", any(SEARCH_WORDS)))
                .iterator();
    }

    private static HttpProtocolBuilder protocol(String baseUrl) {
        return http.baseUrl(baseUrl)
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("zhengtong-benchmark (Gatling)")
                // Every request renders a full page: with Gatling's cache, users would revalidate
                // (ETag/Last-Modified) and measure 304s instead of rendering.
                .disableCaching()
                // Gatling's default warm-up calls an outside site; warm up on the target instead.
                .warmUp(baseUrl + "/");
    }

    private static <T> T any(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
