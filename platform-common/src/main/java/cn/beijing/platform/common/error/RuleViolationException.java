package cn.beijing.platform.common.error;

import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * A command that the gazette does not allow in the current state (a process gate, a quota, a deadline);
 * answered 409 with a stable code and the article that forbids it.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final List<Basis> basis;

    public RuleViolationException(String code, String message, List<Basis> basis) {
        super(message);
        this.code = code;
        this.basis = List.copyOf(basis);
    }

    public RuleViolationException(String code, String message, Basis basis) {
        this(code, message, List.of(basis));
    }

    public String code() {
        return code;
    }

    public List<Basis> basis() {
        return basis;
    }
}
