package cn.beijing.platform.energy.rating;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import cn.beijing.platform.energy.store.IntensityLimitStore;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code sample-data/intensity-limits.SAMPLE.json} into the years it lists that have no table yet, flagged
 * {@code sample}. Only when {@code energy.sample-intensity-limits=true} (the local profile): the values are invented
 * for demonstrations and are NOT those of DB11/T 1413; every response built on them says so.
 */
@Component
@ConditionalOnProperty(name = "energy.sample-intensity-limits", havingValue = "true")
@RequiredArgsConstructor
class SampleIntensityLimits implements ApplicationRunner {

    static final String RESOURCE = "sample-data/intensity-limits.SAMPLE.json";
    private static final Logger log = LoggerFactory.getLogger(SampleIntensityLimits.class);

    /** The shipped file. */
    record SampleFile(String notice, String unit, List<Integer> years, List<LimitRow> rows) {
    }

    private final IntensityLimits limits;
    private final IntensityLimitStore store;
    private final TransactionalOperator tx;
    private final JsonMapper json;

    @Override
    public void run(ApplicationArguments args) {
        SampleFile sample = read();
        // start-up thread, not an event loop: waiting here is fine
        List<Integer> loaded = Flux.fromIterable(sample.years())
                .concatMap(year -> tx.transactional(store.insertYearIfAbsent(year,
                        limits.records(year, sample.rows(), true, "SAMPLE")))
                        .filter(Boolean::booleanValue).map(inserted -> year))
                .collectList().block(Duration.ofSeconds(60));
        if (loaded != null && !loaded.isEmpty()) {
            log.warn("Loaded the SAMPLE guide/constraint table (not DB11/T 1413 values) into years {}", loaded);
        }
    }

    private SampleFile read() {
        try (InputStream in = SampleIntensityLimits.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return json.readValue(in, SampleFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
