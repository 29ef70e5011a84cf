package cn.beijing.platform.guardianship.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One validated parameter file: {@code description}, {@code unit}, {@code reference {document, article}},
 * optional {@code platform_rule} and {@code note}, and {@code values} keyed by {@code valid_from}.
 */
public record ParameterFile(
        String name,
        String description,
        ParameterUnit unit,
        String document,
        String article,
        boolean platformRule,
        String note,
        List<Window> windows) {

    /**
     * One entry of {@code values}: its key is {@code valid_from}; {@code valid_to} (inclusive) is optional.
     *
     * @param entry the other keys of the entry ({@code value}, and {@code table} for tables)
     */
    public record Window(LocalDate validFrom, LocalDate validTo, Object value, Map<String, Object> entry) {
    }
}
