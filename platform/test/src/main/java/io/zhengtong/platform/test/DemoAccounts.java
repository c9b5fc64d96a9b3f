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

    /** A citizen: no unit, no staff role. */
    public static final String CITIZEN = "wang.xiaoming";

    private DemoAccounts() {
    }
}
