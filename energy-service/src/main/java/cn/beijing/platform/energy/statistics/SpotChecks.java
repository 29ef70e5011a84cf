package cn.beijing.platform.energy.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.policy.rating.SpotCheckDraw;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.StatisticsStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A district's annual spot check (京建法〔2024〕12号 第十条): ceil(5 % × n) of its large public buildings drawn at
 * random, plus every building that applied for a label. The seed, the population and the draw are recorded, so
 * the draw can be replayed and verified by anyone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SpotChecks {

    /** A recorded draw; {@code reproduced}: replaying the recorded seed and population gives the same sample. */
    public record RecordedDraw(String district, int year, long seed, int population, int sampleSize,
                               List<String> randomSample, List<String> labelChecks, List<String> buildingsToCheck,
                               LocalDate deadline, String algorithm, LocalDate drawnOn, String drawnBy,
                               boolean reproduced, List<Basis> basis) {
    }

    private final BuildingStore buildings;
    private final StatisticsStore store;
    private final SpotCheckDraw spotCheckDraw;
    private final JsonText json;
    private final Clock clock;

    /** Draws once per district and year; a given seed is used as is, otherwise one is generated and recorded. */
    public Mono<RecordedDraw> draw(String district, int year, Long seed, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        long effectiveSeed = seed != null ? seed : UUID.randomUUID().getMostSignificantBits();
        return Mono.zip(buildings.deadlineBoundIn(district).map(UUID::toString).collectList(),
                        buildings.labelApplicantsIn(district).map(UUID::toString).collectList())
                .flatMap(t -> {
                    SpotCheckDraw.Decision d = spotCheckDraw.draw(
                            new SpotCheckDraw.Input(district, year, t.getT1(), t.getT2(), effectiveSeed), today);
                    StatisticsStore.Draw row = new StatisticsStore.Draw(district, year, effectiveSeed,
                            json.write(t.getT1().stream().sorted().toList()), json.write(d.labelChecks()),
                            d.sampleSize(), json.write(d.randomSample()), json.write(d.buildingsToCheck()),
                            d.deadline(), d.algorithm(), json.write(d.basis()), user.subject(), today);
                    return store.recordDraw(row).flatMap(recorded -> recorded ? Mono.just(row)
                            : Mono.error(new ConflictException("district " + district + " already drew its " + year
                                    + " spot check")));
                })
                .map(this::replayed);
    }

    public Mono<RecordedDraw> recorded(String district, int year) {
        return store.draw(district, year)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("spot check of " + district + " " + year)))
                .map(this::replayed);
    }

    /** Replays the recorded draw on its own date and says whether it gives the recorded sample. */
    private RecordedDraw replayed(StatisticsStore.Draw row) {
        List<String> population = json.strings(row.population());
        List<String> labels = json.strings(row.labelApplicants());
        List<String> sample = json.strings(row.randomSample());
        SpotCheckDraw.Decision replay = spotCheckDraw.draw(
                new SpotCheckDraw.Input(row.district(), row.year(), population, labels, row.seed()), row.drawnOn());
        return new RecordedDraw(row.district(), row.year(), row.seed(), population.size(), row.sampleSize(), sample,
                labels, json.strings(row.buildingsToCheck()), row.deadline(), row.algorithm(), row.drawnOn(),
                row.drawnBy(), replay.randomSample().equals(sample), json.basis(row.basis()));
    }
}
