package io.zhengtong.platform.directory;

/**
 * A person of the realm as pickers and checks need them.
 *
 * @param username the account, e.g. {@code liu.yang}
 * @param name the display name in Chinese order (刘洋), the username if the realm has none
 * @param unitCode the unit (group under the county's root group), {@code null} if none
 */
public record UnitMember(String username, String name, String unitCode) {
}
