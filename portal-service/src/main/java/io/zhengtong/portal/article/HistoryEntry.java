package io.zhengtong.portal.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One transition of an article, kept for the record: who, what, when and why. Never changed. */
@Entity
@Table(name = "article_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @Enumerated(EnumType.STRING)
    private HistoryAction action;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_name")
    private String actorName;

    private String reason;

    @Column(name = "occurred_at")
    private Instant at;

    protected HistoryEntry() {
    }

    HistoryEntry(Article article, HistoryAction action, String actorUsername, String actorName, String reason,
            Instant at) {
        this.article = article;
        this.action = action;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.reason = reason;
        this.at = at;
    }

    public HistoryAction action() {
        return action;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorName() {
        return actorName;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
