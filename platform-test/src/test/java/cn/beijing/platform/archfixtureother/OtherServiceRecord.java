package cn.beijing.platform.archfixtureother;

/** A class of another service. */
public record OtherServiceRecord(String id) {
}
