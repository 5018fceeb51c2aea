package org.smppconnector.api;

/**
 * The priority_flag (SMPP 3.4, 5.2.14). Its meaning depends on the network: on GSM, level 0 is
 * "non-priority" and the others "priority"; on ANSI-136 they read bulk, normal, urgent, very
 * urgent. Providers may lower a level the account is not entitled to.
 */
public enum Priority {
    /** The lowest, and the default. */
    LEVEL_0,
    LEVEL_1,
    LEVEL_2,
    /** The highest. */
    LEVEL_3;

    /** The value of the priority_flag field. */
    public int level() {
        return ordinal();
    }
}
