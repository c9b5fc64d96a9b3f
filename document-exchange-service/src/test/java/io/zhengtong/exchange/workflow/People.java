package io.zhengtong.exchange.workflow;

import java.util.Set;

import io.zhengtong.platform.security.CurrentUser;

/** The demo realm's people as the workflows see them (roles as in auth/realm). */
public final class People {

    /** 张伟, clerk of the county government office (gov-office). */
    public static final CurrentUser ZHANG_WEI = new CurrentUser("zhang.wei", "张伟", "gov-office", Set.of("staff", "editor"));
    /** 李娜, office head of gov-office: checks drafts. */
    public static final CurrentUser LI_NA = new CurrentUser("li.na", "李娜", "gov-office", Set.of("staff", "reviewer"));
    /** 刘洋, leader of gov-office: signs off. */
    public static final CurrentUser LIU_YANG = new CurrentUser("liu.yang", "刘洋", "gov-office", Set.of("staff", "leader"));
    /** 朱红, clerk of the culture and tourism bureau. */
    public static final CurrentUser ZHU_HONG = new CurrentUser("zhu.hong", "朱红", "culture-tourism", Set.of("staff"));
    /** 郭平, another clerk of the culture and tourism bureau. */
    public static final CurrentUser GUO_PING = new CurrentUser("guo.ping", "郭平", "culture-tourism", Set.of("staff"));
    /** 陈静, leader of the culture and tourism bureau. */
    public static final CurrentUser CHEN_JING = new CurrentUser("chen.jing", "陈静", "culture-tourism", Set.of("staff", "leader"));
    /** 杨敏, reviewer of the culture and tourism bureau (a checker elsewhere). */
    public static final CurrentUser YANG_MIN = new CurrentUser("yang.min", "杨敏", "culture-tourism", Set.of("staff", "reviewer"));
    /** 赵磊, clerk of the education bureau. */
    public static final CurrentUser ZHAO_LEI = new CurrentUser("zhao.lei", "赵磊", "education", Set.of("staff"));
    /** 马军, platform administrator of gov-office: no staff role, no office work. */
    public static final CurrentUser MA_JUN = new CurrentUser("ma.jun", "马军", "gov-office", Set.of("platform-admin"));
    /** 王小明, a citizen: no unit. */
    public static final CurrentUser CITIZEN = new CurrentUser("wang.xiaoming", "王小明", null, Set.of());

    private People() {
    }
}
