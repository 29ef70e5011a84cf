package cn.beijing.platform.common.error;

import java.net.URI;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Refusal;

/**
 * An RFC 9457 problem document. {@code errors} lists offending fields of bad input; {@code code} and
 * {@code basis} say which rule refused a command, {@code refusals} every refusal with its own code and basis;
 * {@code requestId} lets an operator find the request.
 */
public record Problem(URI type, String title, int status, String detail, String instance,
        List<FieldError> errors, String code, List<Basis> basis, List<Refusal> refusals, String requestId) {

    public static Problem of(URI type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null, null, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, code, basis, refusals, requestId);
    }

    /** A refused command: the first refusal's code, the union of the bases, every refusal. */
    public Problem withRefusals(String ruleCode, List<Basis> ruleBasis, List<Refusal> all) {
        return new Problem(type, title, status, detail, instance, errors, ruleCode, ruleBasis, all, requestId);
    }

    public Problem at(String path, String id) {
        return new Problem(type, title, status, detail, path, errors, code, basis, refusals, id);
    }
}
