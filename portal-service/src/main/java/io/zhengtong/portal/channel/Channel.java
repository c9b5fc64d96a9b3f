package io.zhengtong.portal.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.zhengtong.platform.security.CurrentUser;

/**
 * A channel (栏目) of the portal: a county-wide column such as 政务要闻, or a department's
 * sub-site column. Its owning unit's editors write in it; the codes are stable and appear in URLs
 * and events. Channels are configuration (seeded by migration), so this is read-only here.
 */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean news;

    protected Channel() {
    }

    /** For tests and seeding; channels in the database come from migrations. */
    public Channel(Long id, String code, String name, Long parentId, String unitCode, int sortOrder, boolean news) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.parentId = parentId;
        this.unitCode = unitCode;
        this.sortOrder = sortOrder;
        this.news = news;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public String unitCode() {
        return unitCode;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** Editors write only in the channels their own unit owns. */
    public boolean writableBy(CurrentUser user) {
        return user.hasRole("editor") && user.belongsTo(unitCode);
    }

    /** Whether its articles belong in the news RSS feed. */
    public boolean news() {
        return news;
    }
}
