package cn.beijing.platform.policy.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.ParameterNotInForceException;

class ParameterFileReaderTest {

    static final String HEADER = """
            description: 生均定额补助标准 — per child per month
            unit: yuan
            source:
              document: 京技管发〔2024〕30号
              article: 第五条
            """;

    static ParameterFile read(String yaml) {
        return ParameterFileReader.read("t", yaml);
    }

    @Test
    void readsTheOneFormat() {
        ParameterFile file = read(HEADER + """
                platform_rule: the platform's reason
                values:
                  2024-12-02:
                    value: 1800
                  2026-01-01:
                    value: 2000
                    valid_to: 2026-12-31
                """);
        assertThat(file.description()).startsWith("生均定额补助标准");
        assertThat(file.unit()).isEqualTo(ParameterUnit.YUAN);
        assertThat(file.source()).isEqualTo(new ParameterFile.Source("京技管发〔2024〕30号", "第五条"));
        assertThat(file.platformRule()).isEqualTo("the platform's reason");
        EffectiveDated<BigDecimal> rate = file.typed(node -> node.as(BigDecimal.class), null);
        assertThat(rate.on(LocalDate.of(2024, 12, 2)).value()).isEqualByComparingTo("1800");
        // a version closes the day before the next one starts
        assertThat(rate.on(LocalDate.of(2025, 12, 31)).version()).isEqualTo("t@2024-12-02");
        assertThat(rate.on(LocalDate.of(2026, 1, 1)).value()).isEqualByComparingTo("2000");
        assertThat(rate.on(LocalDate.of(2026, 12, 31)).value()).isEqualByComparingTo("2000");
        // a real end: nothing is in force after valid_to, nor before the first version
        assertThatThrownBy(() -> rate.on(LocalDate.of(2027, 1, 1))).isInstanceOf(ParameterNotInForceException.class);
        assertThatThrownBy(() -> rate.on(LocalDate.of(2024, 12, 1), "year"))
                .isInstanceOfSatisfying(ParameterNotInForceException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void aVersionSetByAnotherDocumentCitesIt() {
        ParameterFile file = read(HEADER + """
                values:
                  2024-12-02:
                    value: 1800
                  2026-01-01:
                    value: 2000
                    source: {document: 京技管发〔2025〕9号, article: 第二条}
                """);
        assertThat(file.sourceOf(LocalDate.of(2024, 12, 2)))
                .isEqualTo(new ParameterFile.Source("京技管发〔2024〕30号", "第五条"));
        assertThat(file.sourceOf(LocalDate.of(2026, 1, 1)))
                .isEqualTo(new ParameterFile.Source("京技管发〔2025〕9号", "第二条"));
        assertThatThrownBy(() -> read(HEADER + """
                values:
                  2024-12-02:
                    value: 1800
                    source: {document: 京技管发〔2025〕9号}
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("article");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key    | extra: 1                                              | unknown key 'extra'
            the old reference key    | reference: {document: x, article: y}                  | unknown key 'reference'
            a boolean platform rule  | platform_rule: true                                   | platform_rule
            a blank platform rule    | platform_rule: ' '                                    | platform_rule
            """)
    void refusesUnknownAndMalformedTopLevelKeys(String why, String line, String message) {
        assertThatThrownBy(() -> read(HEADER + line + "\nvalues:\n  2024-12-02:\n    value: 1\n")).as(why)
                .isInstanceOf(ParameterFileException.class).hasMessageContaining(message);
    }

    @Test
    void refusesMissingKeysAndUnknownUnits() {
        assertThatThrownBy(() -> read("unit: yuan\nsource: {document: d, article: a}\nvalues: {2024-01-01: {value: 1}}"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("description");
        assertThatThrownBy(() -> read("description: d\nunit: yuan\nsource: {document: d}\nvalues: {2024-01-01: {value: 1}}"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("article");
        assertThatThrownBy(() -> read(HEADER.replace("unit: yuan", "unit: dollars") + "values: {2024-01-01: {value: 1}}"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("dollars");
        assertThatThrownBy(() -> read(HEADER + "values: {}")).isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("no version");
        assertThatThrownBy(() -> read(HEADER + "values: {2024-01-01: {valid_to: 2024-12-31}}"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("'value'");
        assertThatThrownBy(() -> ParameterFileReader.read("t", (java.io.InputStream) null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("not found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key beside value           | {2024-01-01: {value: 1, note: x}}                                   | unknown key 'note'
            valid_from not a date        | {2024-13-01: {value: 1}}                                            | date
            valid_to before valid_from   | {2024-06-01: {value: 1, valid_to: 2024-05-31}}                      | before
            keys out of order            | {2025-01-01: {value: 1}, 2024-01-01: {value: 2}}                    | ascend
            the same day twice           | {2024-01-01: {value: 1}, '2024-01-01': {value: 2}}                  | duplicate
            valid_to reaching the next   | {2024-01-01: {value: 1, valid_to: 2024-12-31}, 2025-01-01: {value: 2}} | real end
            valid_to past the next       | {2024-01-01: {value: 1, valid_to: 2025-03-01}, 2025-01-01: {value: 2}} | real end
            """)
    void refusesBadVersions(String why, String values, String message) {
        assertThatThrownBy(() -> read(HEADER + "values: " + values)).as(why)
                .isInstanceOf(ParameterFileException.class).hasMessageContaining(message);
    }

    @Test
    void aGapBeforeTheNextVersionIsARealEnd() {
        EffectiveDated<Integer> windows = read(HEADER + """
                values: {2024-01-01: {value: 1, valid_to: 2024-06-30}, 2025-01-01: {value: 2}}""")
                .typed(node -> node.as(Integer.class), null);
        assertThat(windows.find(LocalDate.of(2024, 6, 30))).isPresent();
        assertThat(windows.find(LocalDate.of(2024, 7, 1))).isEmpty();
        assertThat(windows.find(LocalDate.of(2025, 1, 1)).orElseThrow().value()).isEqualTo(2);
    }

    record Bracket(BigDecimal from, BigDecimal ratePercent, @ParameterKey(optional = true) BigDecimal cap) {
        Bracket {
            if (ratePercent.signum() < 0) {
                throw new IllegalArgumentException("a rate is not negative");
            }
        }
    }

    enum Level { TERTIARY, SECONDARY }

    record Terms(List<Bracket> brackets, @ParameterKey("little_giant_flag") boolean littleGiant,
                 Map<Level, BigDecimal> multipliers, java.time.MonthDay referenceDay) {
    }

    @Test
    void bindsTablesToRecordsAndRefusesEveryUnreadKeyWithItsPath() {
        String terms = HEADER + """
                values:
                  2024-12-24:
                    value:
                      brackets:
                        - {from: 10000, rate_percent: 1}
                        - {from: 50000, rate_percent: 0.5, cap: 6000}
                      little_giant_flag: true
                      multipliers: {TERTIARY: 3, SECONDARY: 2}
                      reference_day: "08-31"
                """;
        Terms t = read(terms).typed(n -> n.as(Terms.class), null).valueOn(LocalDate.of(2025, 1, 1));
        assertThat(t.brackets()).hasSize(2);
        assertThat(t.brackets().get(0).cap()).isNull();
        assertThat(t.brackets().get(1).cap()).isEqualByComparingTo("6000");
        assertThat(t.littleGiant()).isTrue();
        assertThat(t.multipliers()).containsEntry(Level.SECONDARY, new BigDecimal("2"));
        assertThat(t.referenceDay()).isEqualTo(java.time.MonthDay.of(8, 31));

        assertThatThrownBy(() -> read(terms.replace("cap: 6000", "capp: 6000")).typed(n -> n.as(Terms.class), null))
                .isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("t.yaml: values.2024-12-24.value.brackets[1]: unknown key 'capp'");
        assertThatThrownBy(() -> read(terms.replace("rate_percent: 0.5", "rate_percent: -1"))
                .typed(n -> n.as(Terms.class), null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("brackets[1]: a rate is not negative");
        assertThatThrownBy(() -> read(terms.replace("SECONDARY: 2", "PRIMARY: 2")).typed(n -> n.as(Terms.class), null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("'PRIMARY' is not a Level");
        assertThatThrownBy(() -> read(terms.replace("little_giant_flag: true", "little_giant_flag: yes please"))
                .typed(n -> n.as(Terms.class), null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> read(terms.replace("\"08-31\"", "\"31-08\"")).typed(n -> n.as(Terms.class), null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("month-day");
    }

    @Test
    void aParameterSetReadsEachFileOnceAndRecordsWhatIsAsked() {
        ParameterSet set = ParameterSet.of(Map.of("rate.yaml", HEADER + "values: {2024-12-02: {value: 1800}}"));
        ParameterSet view = set.view();
        assertThat(view.get("rate", BigDecimal.class).valueOn(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("1800");
        assertThat(view.used()).containsExactly("rate");
        assertThat(set.used()).containsExactly("rate");
        assertThat(set.file("rate")).isSameAs(view.file("rate"));
        assertThatThrownBy(() -> set.get("missing", BigDecimal.class)).isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("missing.yaml: not found");
        ParameterSet variant = set.with("rate", EffectiveDated.single("rate", LocalDate.of(2024, 12, 2),
                new BigDecimal("2000")));
        assertThat(variant.get("rate", BigDecimal.class).valueOn(LocalDate.of(2025, 1, 1)))
                .isEqualByComparingTo("2000");
    }
}
