package io.zhengtong.portal.search;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Every test class searches its own alias on the shared Elasticsearch, and deletes what it
 * created, because other people use the same server.
 */
public final class TestIndices {

    private TestIndices() {
    }

    public static String randomAlias() {
        return "zhengtong-site-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The concrete indices of a test alias ({@code <alias>-*}), whether behind the alias or not. */
    public static Set<String> concreteIndices(ElasticsearchClient client, String alias) throws IOException {
        return client.indices().get(g -> g.index(alias + "-*").allowNoIndices(true)).indices().keySet();
    }

    public static void deleteAll(ElasticsearchClient client, String alias) throws IOException {
        for (String index : concreteIndices(client, alias)) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
