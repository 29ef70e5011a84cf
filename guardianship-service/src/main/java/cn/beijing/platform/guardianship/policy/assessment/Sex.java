package cn.beijing.platform.guardianship.policy.assessment;

/** {@code F} female, {@code M} male (docs/API.md). */
public enum Sex {
    F,
    M
}
