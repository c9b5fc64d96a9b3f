package io.zhengtong.portal.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alias          the alias every search and write goes through; concrete indices are
 *                       {@code <alias>-<timestamp>} and are swapped behind it by a rebuild
 * @param retryAfter     what a 503 tells the client to wait while Elasticsearch is away
 * @param ensureIndexEvery how often, until it succeeds, start-up retries creating the index
 *                       when Elasticsearch was unreachable
 * @param bulkSize       documents per bulk request during a rebuild
 */
@ConfigurationProperties("zhengtong.search")
public record SearchProperties(String alias, Duration retryAfter, Duration ensureIndexEvery, Integer bulkSize) {

    public SearchProperties {
        alias = alias == null || alias.isBlank() ? "zhengtong-site" : alias;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
        ensureIndexEvery = ensureIndexEvery == null ? Duration.ofSeconds(30) : ensureIndexEvery;
        bulkSize = bulkSize == null ? 500 : bulkSize;
    }
}
