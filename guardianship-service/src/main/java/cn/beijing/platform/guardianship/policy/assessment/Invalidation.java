package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

/** Declare the conclusion invalid (第十八条); {@code statement} says what was found. */
public record Invalidation(LocalDate date, InvalidationGround ground, String statement) {
}
