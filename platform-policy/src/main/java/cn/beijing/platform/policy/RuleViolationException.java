package cn.beijing.platform.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A command the gazette does not allow in the current state (a process gate, a quota, a deadline, an ineligible
 * application): every refusal with its code and basis. The HTTP layer answers 409 {@code rule-violation} with the
 * first refusal's {@code code}, the union of the {@code basis} and the list of {@code refusals}.
 */
public class RuleViolationException extends RuntimeException {

    private final List<Refusal> refusals;

    public RuleViolationException(List<Refusal> refusals) {
        super(detail(refusals));
        this.refusals = List.copyOf(refusals);
    }

    public RuleViolationException(String code, String detail, List<Basis> basis) {
        this(List.of(new Refusal(code, detail, basis)));
    }

    public RuleViolationException(String code, String detail, Basis basis) {
        this(List.of(new Refusal(code, detail, basis)));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The first refusal's code. */
    public String code() {
        return refusals.get(0).code();
    }

    /** The distinct bases of every refusal, in order. */
    public List<Basis> basis() {
        List<Basis> basis = new ArrayList<>();
        for (Refusal refusal : refusals) {
            refusal.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
        }
        return List.copyOf(basis);
    }

    private static String detail(List<Refusal> refusals) {
        if (refusals == null || refusals.isEmpty()) {
            throw new IllegalArgumentException("a refused command has at least one refusal");
        }
        if (refusals.size() == 1) {
            return refusals.get(0).detail();
        }
        List<String> parts = new ArrayList<>();
        for (Refusal refusal : refusals) {
            parts.add(refusal.code() + " (" + refusal.basis().get(0).citation() + ")");
        }
        return "Refused: " + String.join("; ", parts) + ".";
    }
}
