package cn.beijing.platform.subsidy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The conditions of one article (or measure) checked on one claim: each unmet condition is a {@link Failure} with a
 * stable code and the article that sets it.
 */
public final class Conditions {

    private final String document;
    private final String article;
    private final List<Failure> failures = new ArrayList<>();

    public Conditions(String document, String article) {
        this.document = document;
        this.article = article;
    }

    /** Records {@code code} unless the condition is {@code met}. */
    public Conditions require(boolean met, String code, String message) {
        if (!met) {
            failures.add(new Failure(code, document, article, message));
        }
        return this;
    }

    /** 经评审认定 (or 经审核认定): the claim was recognised by the review the article names. */
    public Conditions reviewed(boolean reviewed) {
        return require(reviewed, "NOT_REVIEWED", "not recognised by review (经评审认定)");
    }

    /** A failure set by another article (e.g. a definition in the 附则). */
    public Conditions fail(Failure failure) {
        failures.add(failure);
        return this;
    }

    public boolean met() {
        return failures.isEmpty();
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** What {@code award} computes when every condition is met, else nothing (it may not be computable then). */
    public <T> List<T> award(Supplier<T> award) {
        return met() ? List.of(award.get()) : List.of();
    }
}
