package io.zhengtong.platform.directory;

/**
 * A person of the realm as pickers, checks and notifications need them.
 *
 * @param username the account, e.g. {@code liu.yang}
 * @param name the display name in Chinese order (刘洋), the username if the realm has none
 * @param unitCode the unit (group under the county's root group), {@code null} if none
 * @param email the account's e-mail address, {@code null} if the realm has none
 * @param phone the mobile number from the user attribute {@code phoneNumber} (else {@code phone}),
 *        {@code null} if the realm has none
 */
public record UnitMember(String username, String name, String unitCode, String email, String phone) {

    /** A person without contact details (pickers and checks need none). */
    public UnitMember(String username, String name, String unitCode) {
        this(username, name, unitCode, null, null);
    }
}
