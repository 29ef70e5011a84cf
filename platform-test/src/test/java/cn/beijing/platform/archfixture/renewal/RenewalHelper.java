package cn.beijing.platform.archfixture.renewal;

/** Breaks: a class says what it is. */
public class RenewalHelper {
}
