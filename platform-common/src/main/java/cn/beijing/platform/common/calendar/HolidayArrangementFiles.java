package cn.beijing.platform.common.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads holiday arrangements from {@code calendar/cn-YYYY.yaml} resources: {@code year}, {@code source},
 * {@code holidays} and {@code makeUpWorkingDays} as lists of dates or {@code from..to} ranges.
 */
public final class HolidayArrangementFiles {

    /** The years shipped with the platform. */
    public static final List<Integer> SHIPPED_YEARS = List.of(2024, 2025, 2026);

    private HolidayArrangementFiles() {
    }

    public static WorkingDayCalendar shipped() {
        List<HolidayArrangement> arrangements = new ArrayList<>();
        for (int year : SHIPPED_YEARS) {
            String resource = "calendar/cn-" + year + ".yaml";
            try (InputStream in = HolidayArrangementFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                arrangements.add(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WorkingDayCalendar(arrangements);
    }

    @SuppressWarnings("unchecked")
    public static HolidayArrangement read(InputStream in) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        int year = ((Number) doc.get("year")).intValue();
        String source = String.valueOf(doc.get("source"));
        return new HolidayArrangement(year, source,
                dates((List<Object>) doc.get("holidays")),
                dates((List<Object>) doc.get("makeUpWorkingDays")));
    }

    private static Set<LocalDate> dates(List<Object> entries) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        if (entries == null) {
            return dates;
        }
        for (Object entry : entries) {
            String text = String.valueOf(entry);
            int range = text.indexOf("..");
            if (range < 0) {
                dates.add(LocalDate.parse(text));
            } else {
                LocalDate from = LocalDate.parse(text.substring(0, range).trim());
                LocalDate to = LocalDate.parse(text.substring(range + 2).trim());
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    dates.add(d);
                }
            }
        }
        return dates;
    }
}
