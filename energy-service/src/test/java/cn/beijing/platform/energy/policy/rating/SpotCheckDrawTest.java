package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class SpotCheckDrawTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 15);
    private final SpotCheckDraw draw = ShippedPolicies.POLICIES.get(SpotCheckDraw.class);

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("B%04d", i)).toList();
    }

    @ParameterizedTest(name = "{0} large public buildings → sample {1}")
    @CsvSource({"0, 0", "1, 1", "19, 1", "20, 1", "21, 2", "40, 2", "41, 3", "100, 5", "101, 6"})
    void sampleSizeIsCeilingOfFivePercent(int population, int expected) {
        assertThat(draw.sampleSize(population, DAY)).isEqualTo(expected);
    }

    @Test
    void sameSeedAndSameIdsGiveTheSameDrawWhateverTheInputOrder() {
        List<String> ids = ids(137);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(7));
        SpotCheckDraw.Decision first = draw.draw(new SpotCheckDraw.Input("东城区", 2025, ids, List.of(), 42L), DAY);
        SpotCheckDraw.Decision second = draw.draw(new SpotCheckDraw.Input("东城区", 2025, shuffled, List.of(), 42L), DAY);
        assertThat(first.randomSample()).hasSize(7).isEqualTo(second.randomSample());
        assertThat(first.randomSample()).doesNotHaveDuplicates().isSorted();
        assertThat(ids).containsAll(first.randomSample());
    }

    @Test
    void aDifferentSeedGivesADifferentDraw() {
        List<String> ids = ids(200);
        List<String> a = draw.draw(new SpotCheckDraw.Input("海淀区", 2025, ids, List.of(), 1L), DAY).randomSample();
        List<String> b = draw.draw(new SpotCheckDraw.Input("海淀区", 2025, ids, List.of(), 2L), DAY).randomSample();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void recordedDrawIsStable() {
        // a regression anchor: if this changes, recorded draws could no longer be replayed
        SpotCheckDraw.Decision d = draw.draw(new SpotCheckDraw.Input("朝阳区", 2025, ids(40), List.of(), 20250930L),
                DAY);
        assertThat(d.randomSample()).hasSize(2);
        SplitMix64 replay = new SplitMix64(20250930L);
        List<String> pool = new ArrayList<>(ids(40));
        for (int i = 0; i < 2; i++) {
            Collections.swap(pool, i, i + replay.nextIndex(40 - i));
        }
        assertThat(d.randomSample()).containsExactlyInAnyOrderElementsOf(pool.subList(0, 2));
    }

    @Test
    void everyLabelApplicantIsChecked() {
        SpotCheckDraw.Decision d = draw.draw(new SpotCheckDraw.Input("西城区", 2025, ids(20), List.of("L-9", "B0001"),
                5L), DAY);
        assertThat(d.labelChecks()).containsExactly("B0001", "L-9");
        assertThat(d.buildingsToCheck()).contains("L-9", "B0001").containsAll(d.randomSample()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(d.population()).isEqualTo(20);
        assertThat(d.sampleSize()).isEqualTo(1);
        assertThat(d.basis()).containsExactly(Basis.of("京建法〔2024〕12号", "第十条")
                .withParameters("spot-check-sample-ratio@2025-02-01,spot-check-deadline@2025-02-01"));
    }

    @Test
    void emptyDistrictDrawsNothing() {
        SpotCheckDraw.Decision d = draw.draw(new SpotCheckDraw.Input("延庆区", 2025, List.of(), List.of(), 5L), DAY);
        assertThat(d.sampleSize()).isZero();
        assertThat(d.randomSample()).isEmpty();
    }

    @Test
    void rejectsDuplicateOrBlankIds() {
        assertRefusedNaming("largePublicBuildingIds[2]", () -> draw.draw(new SpotCheckDraw.Input("东城区", 2025, List.of("A", "B", "A"), List.of(),
                1L), DAY));
        assertRefusedNaming("labelApplicantIds[0]", () -> draw.draw(new SpotCheckDraw.Input("东城区", 2025, List.of(), List.of(" "), 1L), DAY));
        assertRefusedNaming("district", () -> draw.draw(new SpotCheckDraw.Input("", 2025, List.of(), List.of(), 1L), DAY));
    }

    @Test
    void splitMix64IsTheSequenceOfSplittableRandom() {
        for (long seed : new long[] {0L, 1L, -1L, 42L, Long.MIN_VALUE, 20250930L}) {
            SplitMix64 ours = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
            }
        }
    }

    @Test
    void indicesStayInRange() {
        SplitMix64 random = new SplitMix64(3L);
        for (int bound = 1; bound < 500; bound++) {
            assertThat(random.nextIndex(bound)).isBetween(0, bound - 1);
        }
        assertThatThrownBy(() -> random.nextIndex(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBuildingCanBeDrawn() {
        List<String> ids = ids(20);
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            drawn.addAll(draw.draw(new SpotCheckDraw.Input("东城区", 2025, ids, List.of(), seed), DAY).randomSample());
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(ids);
    }
}
