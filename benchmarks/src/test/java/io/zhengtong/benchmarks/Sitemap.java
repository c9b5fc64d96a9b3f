package io.zhengtong.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The published articles and channels, as the site's sitemap.xml lists them, so that the benchmark
 * visits whatever the platform holds instead of ids written down here.
 */
record Sitemap(List<Long> articleIds, List<String> channelCodes) {

    // The locations are absolute (https://localhost:8443/articles/12); only the path matters here.
    private static final Pattern ARTICLE = Pattern.compile("<loc>[^<]*/articles/(\\d+)</loc>");
    private static final Pattern CHANNEL = Pattern.compile("<loc>[^<]*/channels/([A-Za-z0-9_-]+)</loc>");

    Sitemap {
        if (articleIds.isEmpty() || channelCodes.isEmpty()) {
            throw new IllegalStateException("sitemap.xml lists " + articleIds.size() + " articles and "
                    + channelCodes.size() + " channels; the benchmark needs the demo content"
                    + " (start the platform with deploy/local/zt up, which seeds it)");
        }
    }

    static Sitemap parse(String xml) {
        return new Sitemap(
                all(ARTICLE, xml).stream().map(Long::valueOf).toList(),
                all(CHANNEL, xml));
    }

    /** Reads the sitemap from a plain-HTTP base address (the benchmark reads it from portal-service). */
    static Sitemap load(String baseUrl) {
        URI uri = URI.create(baseUrl + "/sitemap.xml");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + uri + ": is the platform running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + uri, e);
        }
    }

    private static List<String> all(Pattern pattern, String xml) {
        return pattern.matcher(xml).results().map(result -> result.group(1)).distinct().toList();
    }
}
