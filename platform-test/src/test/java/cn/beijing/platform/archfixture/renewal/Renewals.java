package cn.beijing.platform.archfixture.renewal;

/** A capability the other one reaches into. */
public class Renewals {
}
