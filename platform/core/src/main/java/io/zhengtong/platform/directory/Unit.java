package io.zhengtong.platform.directory;

/**
 * A unit of the county: a department, a township, the government or party committee office.
 *
 * @param code the stable code used in tokens and records, e.g. {@code fx-zfb}
 * @param fullName e.g. 凤县人民政府办公室
 * @param shortName the issuing-authority abbreviation for document numbers (发文机关代字), e.g. 凤政办
 * @param type {@code county}, {@code government-office}, {@code party-office}, {@code department} or {@code town}
 * @param parentCode the enclosing unit's code, {@code null} at the top
 * @param sort display order among siblings
 */
public record Unit(String code, String fullName, String shortName, String type, String parentCode, int sort) {
}
