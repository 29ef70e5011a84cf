package cn.beijing.platform.policy.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.EffectiveDated;

/**
 * One parameter file as read by {@link ParameterFileReader}: what the quantity is, its unit, the document and article
 * it comes from, why the platform chose it where the gazette is silent ({@code platformRule}, else {@code null}), and
 * its versions, each still untyped.
 */
public record ParameterFile(String name, String description, ParameterUnit unit, Source source, String platformRule,
                            List<Version> versions) {

    /** The document and article a parameter quantifies, exactly as printed. */
    public record Source(String document, String article) {
        public Source {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(article, "article");
        }

        public Basis basis() {
            return Basis.of(document, article);
        }
    }

    /**
     * One version as written: {@code valid_from}, the optional {@code valid_to}, the {@code value:} body and, when
     * another document than the file's sets this version, its {@code source} (else {@code null}).
     */
    public record Version(LocalDate validFrom, LocalDate validTo, Object value, Source source) {
    }

    public ParameterFile {
        versions = List.copyOf(versions);
    }

    public String fileName() {
        return name + ".yaml";
    }

    /** The document and article that set the version starting on {@code validFrom}. */
    public Source sourceOf(LocalDate validFrom) {
        for (Version version : versions) {
            if (version.validFrom().equals(validFrom)) {
                return version.source() != null ? version.source() : source;
            }
        }
        throw new IllegalArgumentException(fileName() + " has no version from " + validFrom);
    }

    /** Whether the platform chose this value where the gazette is silent. */
    public boolean isPlatformRule() {
        return platformRule != null;
    }

    /**
     * Types every version with {@code mapper}; a key of a value that the mapper did not read is refused.
     *
     * @param resources reads a file beside this one (a CSV table), or {@code null} when there is none
     */
    public <T> EffectiveDated<T> typed(Function<ParameterNode, T> mapper, Function<String, String> resources) {
        List<EffectiveDated.Version<T>> typed = new ArrayList<>();
        for (Version version : versions) {
            ParameterNode node = new ParameterNode(fileName(), "values." + version.validFrom() + ".value",
                    version.value(), resources);
            T value = mapper.apply(node);
            if (value == null) {
                throw node.fail("has no value");
            }
            node.requireAllRead();
            typed.add(new EffectiveDated.Version<>(version.validFrom(), version.validTo(), value));
        }
        try {
            return new EffectiveDated<>(name, typed);
        } catch (IllegalArgumentException e) {
            throw new ParameterFileException(fileName(), e.getMessage(), e);
        }
    }
}
