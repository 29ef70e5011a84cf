package cn.beijing.platform.common.error;

import java.net.URI;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * An RFC 9457 problem document. {@code errors} lists offending fields of bad input; {@code code} and
 * {@code basis} say which rule refused a command; {@code requestId} lets an operator find the request.
 */
public record Problem(URI type, String title, int status, String detail, String instance,
        List<FieldError> errors, String code, List<Basis> basis, String requestId) {

    public static Problem of(URI type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, code, basis, requestId);
    }

    public Problem withRule(String ruleCode, List<Basis> ruleBasis) {
        return new Problem(type, title, status, detail, instance, errors, ruleCode, ruleBasis, requestId);
    }

    public Problem at(String path, String id) {
        return new Problem(type, title, status, detail, path, errors, code, basis, id);
    }
}
