package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All articles, whatever their state. */
public interface Articles extends JpaRepository<Article, Long> {

    /** With its history, for the detail view. */
    @EntityGraph(attributePaths = { "history", "channel" })
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findWithHistory(@Param("id") long id);

    /**
     * The OA list: {@code units} null means every unit; other filters null mean "any". Newest
     * change first; the id breaks ties (two changes in one microsecond).
     */
    @Query(value = """
            select a from Article a join fetch a.channel c
            where (:allUnits = true or a.unitCode in :units)
              and (:status is null or a.status = :status)
              and (:channel is null or c.code = :channel)
              and (:titleLike is null or a.title like :titleLike)
            order by a.updatedAt desc, a.id desc""",
            countQuery = """
            select count(a) from Article a join a.channel c
            where (:allUnits = true or a.unitCode in :units)
              and (:status is null or a.status = :status)
              and (:channel is null or c.code = :channel)
              and (:titleLike is null or a.title like :titleLike)""")
    Page<Article> findForOffice(@Param("allUnits") boolean allUnits, @Param("units") Collection<String> units,
            @Param("status") ArticleStatus status, @Param("channel") String channel,
            @Param("titleLike") String titleLike, Pageable pageable);

    @Query(value = """
            select a from Article a join fetch a.channel c
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED and c.code in :channels
            order by a.publishedAt desc, a.id desc""",
            countQuery = """
            select count(a) from Article a join a.channel c
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED and c.code in :channels""")
    Page<Article> findPublishedIn(@Param("channels") Collection<String> channels, Pageable pageable);

    @Query(value = """
            select a from Article a join fetch a.channel
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED
            order by a.publishedAt desc, a.id desc""",
            countQuery = "select count(a) from Article a where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED")
    Page<Article> findPublished(Pageable pageable);

    /** Published articles with ids above {@code after}, in id order: batches for rebuilding the search index. */
    @Query("""
            select a from Article a join fetch a.channel
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED and a.id > :after
            order by a.id""")
    List<Article> findPublishedFromId(@Param("after") long after, Pageable pageable);

    /** Neighbours in a channel by publication: the one published just before. */
    @Query("""
            select a from Article a
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED and a.channel.id = :channelId
              and (a.publishedAt < :publishedAt or a.publishedAt = :publishedAt and a.id < :id)
            order by a.publishedAt desc, a.id desc""")
    List<Article> findPreviousInChannel(@Param("channelId") long channelId, @Param("publishedAt") Instant publishedAt,
            @Param("id") long id, Pageable first);

    @Query("""
            select a from Article a
            where a.status = io.zhengtong.portal.article.ArticleStatus.PUBLISHED and a.channel.id = :channelId
              and (a.publishedAt > :publishedAt or a.publishedAt = :publishedAt and a.id > :id)
            order by a.publishedAt asc, a.id asc""")
    List<Article> findNextInChannel(@Param("channelId") long channelId, @Param("publishedAt") Instant publishedAt,
            @Param("id") long id, Pageable first);

    /** When the public content last changed (a publication or a withdrawal), for caching headers. */
    @Query("select max(a.updatedAt) from Article a where a.publishedAt is not null")
    Optional<Instant> lastPublicChange();
}
