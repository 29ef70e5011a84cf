package cn.beijing.platform.common.error;

/** The request conflicts with the current state of the resource (e.g. a duplicate). Answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
