package cn.beijing.platform.common.error;

/** The resource does not exist, or the caller may not know that it exists. Answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
