package io.zhengtong.exchange.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.security.CurrentUser;

/**
 * Searches what the caller's unit may see: the documents it dispatched and those delivered to it
 * (whatever became of the copy). The unit restriction is part of the one SQL statement, so no
 * filter combination can reach another unit's documents. The facts searched (文号, dispatch time,
 * urgency, sender name) are read from the stored aggregate JSON; a county unit's few thousand
 * documents a year need no search engine.
 */
@Service
public class SearchingDocuments {

    private static final String FROM = """
             FROM outgoing_document d
             LEFT JOIN delivery r ON r.document_id = d.id AND r.recipient_code = :unit
            WHERE d.status = 'DISPATCHED' AND (d.issuer_code = :unit OR r.id IS NOT NULL)""";

    private final JdbcClient jdbc;

    public SearchingDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PageOf<FoundDocument> search(CurrentUser user, DocumentQuery query) {
        if (user.unitCode() == null) {
            return PageOf.empty(query.paging());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", user.unitCode());
        StringBuilder where = new StringBuilder(FROM);
        if (query.number() != null) {
            where.append(" AND JSON_VALUE(d.state, '$.number') LIKE :number ESCAPE '!'");
            params.put("number", contains(query.number()));
        }
        List<String> words = query.titleWords();
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND d.title LIKE :word").append(i).append(" ESCAPE '!'");
            params.put("word" + i, contains(words.get(i)));
        }
        if (query.text() != null) {
            where.append("""
                     AND (JSON_VALUE(d.state, '$.number') LIKE :text ESCAPE '!' OR d.title LIKE :text ESCAPE '!'
                          OR JSON_VALUE(d.state, '$.issuer.name') LIKE :text ESCAPE '!')""");
            params.put("text", contains(query.text()));
        }
        if (query.sender() != null) {
            where.append(" AND d.issuer_code = :sender");
            params.put("sender", query.sender());
        }
        if (query.from() != null) {
            where.append(" AND LEFT(JSON_VALUE(d.state, '$.dispatchedAt'), 19) >= :from");
            params.put("from", query.fromStored());
        }
        if (query.to() != null) {
            where.append(" AND LEFT(JSON_VALUE(d.state, '$.dispatchedAt'), 19) < :to");
            params.put("to", query.toStoredExclusive());
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<FoundDocument> content = total == 0 || query.paging().offset() >= total ? List.of()
                : jdbc.sql("""
                        SELECT d.id, d.issuer_code, d.title, r.id AS inbox_id,
                               JSON_VALUE(d.state, '$.number') AS number,
                               JSON_VALUE(d.state, '$.issuer.name') AS issuer_name,
                               JSON_VALUE(d.state, '$.content.urgency') AS urgency,
                               JSON_VALUE(d.state, '$.dispatchedAt') AS dispatched_at""" + where + """

                         ORDER BY dispatched_at DESC, d.id LIMIT :limit OFFSET :offset""")
                    .params(params).param("limit", query.paging().size()).param("offset", query.paging().offset())
                    .query((rs, row) -> found(rs, user.unitCode())).list();
        return PageOf.of(content, query.paging(), total);
    }

    private static FoundDocument found(ResultSet rs, String unit) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        boolean outgoing = unit.equals(rs.getString("issuer_code"));
        String inbox = rs.getString("inbox_id");
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        return new FoundDocument(id, rs.getString("number"), rs.getString("title"),
                new Organ(rs.getString("issuer_code"), rs.getString("issuer_name")), urgency.name(), urgency.label(),
                Instant.parse(rs.getString("dispatched_at")),
                outgoing ? FoundDocument.Direction.OUTGOING : FoundDocument.Direction.INCOMING, outgoing ? id : null,
                outgoing || inbox == null ? null : UUID.fromString(inbox));
    }

    /** {@code %text%} with LIKE's wildcards taken literally ('!' escapes). */
    static String contains(String text) {
        List<String> parts = new ArrayList<>();
        for (char c : text.toCharArray()) {
            parts.add(c == '%' || c == '_' || c == '!' ? "!" + c : String.valueOf(c));
        }
        return "%" + String.join("", parts) + "%";
    }
}
