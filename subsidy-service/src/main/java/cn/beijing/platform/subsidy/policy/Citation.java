package cn.beijing.platform.subsidy.policy;

import cn.beijing.platform.policy.EffectiveDated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.policy.Basis;

/** Builds the {@link Basis} of a decision: the article and the versions of the parameters it used. */
public final class Citation {

    private Citation() {
    }

    /** {@code document article} with {@code name@valid_from} of each parameter on {@code date}, comma-separated. */
    public static Basis of(String document, String article, LocalDate date, EffectiveDated<?>... parameters) {
        Set<String> versions = new LinkedHashSet<>();
        for (EffectiveDated<?> parameter : parameters) {
            versions.add(parameter.on(date).version());
        }
        return withVersions(document, article, versions);
    }

    /** {@code document article} with the given parameter versions (none → no parameters). */
    public static Basis withVersions(String document, String article, Iterable<String> versions) {
        List<String> list = new ArrayList<>();
        versions.forEach(list::add);
        Basis basis = Basis.of(document, article);
        return list.isEmpty() ? basis : basis.withParameters(String.join(",", list));
    }

    /** The distinct bases of several lists, in order. */
    public static List<Basis> merge(List<Basis> first, List<Basis> second) {
        Set<Basis> merged = new LinkedHashSet<>(first);
        merged.addAll(second);
        return List.copyOf(merged);
    }
}
