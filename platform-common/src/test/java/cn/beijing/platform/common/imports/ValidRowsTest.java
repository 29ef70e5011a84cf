package cn.beijing.platform.common.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.beijing.platform.common.error.FieldError;
import org.junit.jupiter.api.Test;

/** {@link ImportErrors#validRows} with {@link DistinctColumn}: what the imported tables' readers share. */
class ValidRowsTest {

    private static ImportRow line(int line, String code) {
        return new ImportRow("line " + line, true, code == null ? Map.of() : Map.of("code", code));
    }

    @Test
    void keepsTheRowsThatAddNoProblemAndNamesTheFirstRowOfARepeatedCode() {
        ImportErrors errors = new ImportErrors();
        Cells cells = new Cells(errors);
        DistinctColumn codes = new DistinctColumn(errors, "code");
        List<String> kept = errors.validRows(List.of(line(2, "A"), line(3, null), line(4, "B"), line(5, "A")), row -> {
            String code = cells.required(row, "code");
            codes.check(row, code);
            return () -> code.toLowerCase(Locale.ROOT);
        });
        assertThat(kept).containsExactly("a", "b");
        assertThat(errors.listed()).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("line 3.code", "is required"),
                tuple("line 5.code", "duplicate of line 2"));
    }

    @Test
    void aColumnMayNameItsOwnRefusal() {
        ImportErrors errors = new ImportErrors();
        DistinctColumn names = new DistinctColumn(errors, "name", "already listed at ");
        names.check(line(2, "x"), "大枣");
        names.check(line(3, "y"), "大枣");
        names.check(line(4, "z"), "黄连");
        assertThat(errors.listed()).extracting(FieldError::message).containsExactly("already listed at line 2");
    }
}
