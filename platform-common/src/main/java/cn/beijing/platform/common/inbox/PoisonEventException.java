package cn.beijing.platform.common.inbox;

/** A record that no retry can make processable (no envelope, unreadable body); it goes to the DLT at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
