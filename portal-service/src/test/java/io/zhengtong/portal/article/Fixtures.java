package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.Set;

import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.Channel;

/** People, channels and articles of the demo county for fast tests. */
final class Fixtures {

    static final CurrentUser ZHANG_WEI = new CurrentUser("zhang.wei", "张伟", "gov-office", Set.of("staff", "editor"));
    static final CurrentUser LI_NA = new CurrentUser("li.na", "李娜", "gov-office", Set.of("staff", "reviewer"));
    static final CurrentUser HUANG_LI = new CurrentUser("huang.li", "黄丽", "culture-tourism",
            Set.of("staff", "editor"));
    static final CurrentUser TOURISM_REVIEWER = new CurrentUser("tourism.reviewer", "文旅审核", "culture-tourism",
            Set.of("staff", "reviewer"));
    static final CurrentUser EDUCATION_REVIEWER = new CurrentUser("edu.reviewer", "教育审核", "education",
            Set.of("staff", "reviewer"));
    static final CurrentUser YANG_MIN = new CurrentUser("yang.min", "杨敏", "education", Set.of("staff"));
    static final CurrentUser MA_JUN = new CurrentUser("ma.jun", "马军", "gov-services", Set.of("staff", "platform-admin"));
    static final CurrentUser CITIZEN = new CurrentUser("wang.xiaoming", "王小明", null, Set.of());

    static final Channel NEWS = new Channel(1L, "news", "政务要闻", null, "gov-office", 10, true);
    static final Channel NOTICES = new Channel(2L, "notices", "通知公告", null, "gov-office", 20, false);
    static final Channel TOURISM = new Channel(9L, "tourism", "旅游资讯", 8L, "culture-tourism", 10, true);

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private Fixtures() {
    }

    static ArticleBody body(String html) {
        return ArticleBody.fromEditorHtml(html);
    }

    static Article draft() {
        return Article.draft(NEWS, "县政府召开常务会议", null, body("<p>会议研究部署了春耕生产工作。</p>"), ZHANG_WEI, T0);
    }

    static Article tourismDraft() {
        return Article.draft(TOURISM, "紫柏山景区开放", null, body("<p>景区开放。</p>"), HUANG_LI, T0);
    }

    static Article in(ArticleStatus status) {
        Article article = draft();
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> article.submit(ZHANG_WEI, T0.plusSeconds(1));
            case PUBLISHED -> {
                article.submit(ZHANG_WEI, T0.plusSeconds(1));
                article.approve(LI_NA, T0.plusSeconds(2));
            }
            case REJECTED -> {
                article.submit(ZHANG_WEI, T0.plusSeconds(1));
                article.reject("请补充数据来源", LI_NA, T0.plusSeconds(2));
            }
            case WITHDRAWN -> {
                article.submit(ZHANG_WEI, T0.plusSeconds(1));
                article.approve(LI_NA, T0.plusSeconds(2));
                article.withdraw("信息已过期", LI_NA, T0.plusSeconds(3));
            }
        }
        return article;
    }
}
