package io.zhengtong.mailbox.letter;

/**
 * How the letter names a unit in the Chinese text it writes (history remarks, refusals): the use
 * case passes the organisation directory's names, so the letter itself needs no directory. Codes
 * stay in the structured fields (assignment, history unit); only the words read by people change.
 */
@FunctionalInterface
public interface UnitNames {

    /** Names no unit: the text shows the code, as before the directory was consulted. */
    UnitNames CODES = code -> code;

    /** The unit's full name (凤县住房和城乡建设局), or the code itself when the unit is not known. */
    String nameOf(String unitCode);
}
