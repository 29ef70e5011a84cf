package cn.beijing.platform.guardianship.policy;

/** {@code F} female, {@code M} male (API.md). */
public enum Sex {
    F,
    M
}
