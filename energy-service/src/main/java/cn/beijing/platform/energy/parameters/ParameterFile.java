package cn.beijing.platform.energy.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parameter file as read: {@code description}, {@code unit} from the closed list, {@code reference}
 * {document, article}, and {@code values} keyed by {@code valid_from} (each entry optionally with {@code valid_to},
 * inclusive, and either {@code value} or the fields of a table row).
 */
public record ParameterFile(String name, String description, String unit, String referenceDocument,
                            String referenceArticle, List<Entry> entries) {

    /** The closed list of units. */
    public static final Set<String> UNITS = Set.of("yuan", "ten_thousand_yuan", "ratio", "percent", "square_metre",
            "count", "years", "months", "days", "working_days", "date", "kgce_per_square_metre", "flag");

    public record Entry(LocalDate validFrom, LocalDate validTo, Map<String, Object> fields) {
        public Entry {
            fields = Map.copyOf(fields);
        }
    }

    public ParameterFile {
        entries = List.copyOf(entries);
    }
}
