package cn.beijing.platform.common.testapp;

/** A service's own exception type, handled by the service's own advice. */
public class NoteLimitReached extends RuntimeException {

    public NoteLimitReached() {
        super("note limit reached");
    }
}
