package io.zhengtong.platform.test;

/** Demo users of the realm (auth/realm/zhengtong-realm.json) that tests log in as. */
public final class DemoAccounts {

    /** The documented demo password of every demo user. */
    public static final String PASSWORD = "Zhengtong@2026";

    /** A staff member (editor) of the county government office. */
    public static final String COUNTY_OFFICE_EDITOR = "zhang.wei";

    public static final String COUNTY_OFFICE_CODE = "gov-office";

    /** 张伟's full name as the OA shows it. */
    public static final String COUNTY_OFFICE_EDITOR_NAME = "张伟";

    /** The county government office's full name. */
    public static final String COUNTY_OFFICE_NAME = "凤县人民政府办公室";

    /** 范建国, the county government office's driver: a member of gov-office without the staff role. */
    public static final String COUNTY_OFFICE_DRIVER = "fan.jianguo";

    public static final String COUNTY_OFFICE_DRIVER_NAME = "范建国";

    /** A citizen: no unit, no staff role. */
    public static final String CITIZEN = "wang.xiaoming";

    /** 林雪, dispatcher of the county government office: accepts the letters of 县长信箱. */
    public static final String COUNTY_HEAD_MAILBOX_DISPATCHER = "lin.xue";

    public static final String COUNTY_HEAD_MAILBOX_DISPATCHER_NAME = "林雪";

    /** 高洁, dispatcher of the county party office (中共凤县县委办公室): accepts the letters of 书记信箱. */
    public static final String PARTY_SECRETARY_MAILBOX_DISPATCHER = "gao.jie";

    public static final String PARTY_SECRETARY_MAILBOX_DISPATCHER_NAME = "高洁";

    /** 何斌, dispatcher of the education bureau: accepts the letters of 县教育局信箱. */
    public static final String EDUCATION_MAILBOX_DISPATCHER = "he.bin";

    public static final String EDUCATION_MAILBOX_DISPATCHER_NAME = "何斌";

    /** 王芳, dispatcher of the petition bureau (凤县信访局): accepts the letters of 信访局信箱 only. */
    public static final String PETITION_MAILBOX_DISPATCHER = "wang.fang";

    private DemoAccounts() {
    }
}
