package io.zhengtong.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * The one site index as Elasticsearch holds it: concrete indices {@code <alias>-<timestamp>}
 * created from {@code search/site-index.json} (the bigram analyzer and the field mapping), and
 * the alias that searches and writes go through. Every failure to reach Elasticsearch becomes
 * {@link SearchUnavailable}.
 */
@Component
public class SiteIndex {

    private static final String MAPPING = "search/site-index.json";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
        .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String alias;

    SiteIndex(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    public String alias() {
        return alias;
    }

    public boolean aliasExists() {
        return call("check the alias", () -> client.indices().existsAlias(a -> a.name(alias)).value());
    }

    /** The concrete indices the alias points at now (one, except in a failed swap); empty if none. */
    public Set<String> indicesBehindAlias() {
        if (!aliasExists()) {
            return Set.of();
        }
        return call("read the alias", () -> client.indices().getAlias(a -> a.name(alias)).aliases().keySet());
    }

    /** Creates a new, empty concrete index with the site mapping; not yet behind the alias. */
    public String createConcreteIndex() {
        String name = alias + "-" + SUFFIX.format(Instant.now());
        call("create an index", () -> {
            try (InputStream mapping = new ClassPathResource(MAPPING).getInputStream()) {
                return client.indices().create(c -> c.index(name).withJson(mapping));
            }
        });
        return name;
    }

    /** Points the alias at {@code index} alone, in one atomic step (searches never see no index). */
    public void pointAliasAt(String index, Set<String> previous) {
        call("swap the alias", () -> client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            previous.stream().filter(old -> !old.equals(index))
                .forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
            return u;
        }));
    }

    public void deleteIndex(String index) {
        call("delete an index", () -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
    }

    /** Writes through the alias; fails rather than letting Elasticsearch auto-create an index of that name. */
    public void putThroughAlias(SearchDocument document) {
        putInto(alias, document, true);
    }

    public void putInto(String index, SearchDocument document) {
        putInto(index, document, false);
    }

    private void putInto(String target, SearchDocument document, boolean requireAlias) {
        SearchDocument clean = IndexedText.clean(document);
        call("index a document", () -> client.index(i -> i.index(target).id(clean.id()).document(clean)
            .requireAlias(requireAlias)));
    }

    /** Deletes by id; a document that is not there is fine (withdrawn twice, never indexed). */
    public void deleteFrom(String target, String id) {
        call("delete a document", () -> client.delete(d -> d.index(target).id(id)));
    }

    public void deleteThroughAlias(String id) {
        deleteFrom(alias, id);
    }

    /** Bulk-indexes into a concrete index; returns how many documents were written. */
    public int bulkInto(String index, List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        List<BulkOperation> operations = documents.stream().map(IndexedText::clean)
            .map(document -> BulkOperation.of(op -> op.index(i -> i.id(document.id()).document(document))))
            .toList();
        BulkResponse response = call("bulk-index", () -> client.bulk(b -> b.index(index).operations(operations)));
        if (response.errors()) {
            String first = response.items().stream().filter(item -> item.error() != null)
                .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("?");
            throw new IllegalStateException("Bulk indexing into " + index + " failed, e.g. " + first);
        }
        return operations.size();
    }

    public void refresh(String target) {
        call("refresh", () -> client.indices().refresh(r -> r.index(target)));
    }

    interface ElasticsearchCall<T> {
        T run() throws IOException;
    }

    /** Runs a client call; unreachable or missing index → {@link SearchUnavailable}. */
    static <T> T call(String what, ElasticsearchCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailable("Elasticsearch unreachable trying to " + what, e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404 || e.status() >= 500 || "index_not_found_exception".equals(e.error().type())) {
                throw new SearchUnavailable("Elasticsearch could not " + what + ": " + e.getMessage(), e);
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw new SearchUnavailable("Elasticsearch unreachable trying to " + what, e);
        }
    }
}
