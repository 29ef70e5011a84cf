package cn.beijing.platform.medical.drg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.imports.ImportRequest;
import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.medical.policy.drg.DesignatedHospitals;
import cn.beijing.platform.medical.policy.drg.DrgGroup;
import cn.beijing.platform.medical.policy.drg.DrgGroupTable;
import cn.beijing.platform.medical.policy.drg.DrgGroupTableVersions;
import cn.beijing.platform.medical.policy.drg.DrgHighCostOutlier;
import cn.beijing.platform.medical.policy.drg.DrgReferenceCompleteness;
import cn.beijing.platform.medical.policy.drg.DrgHospital;
import cn.beijing.platform.medical.store.DrgReferenceStore;
import cn.beijing.platform.medical.store.DrgWeightAdoptionStore;
import cn.beijing.platform.medical.store.ImportKind;
import cn.beijing.platform.medical.store.ReferenceImport;
import cn.beijing.platform.medical.store.ReferenceImports;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The DRG 2.0 group table and hospital list: imported from CSV or JSON (each import replaces the previous one; every
 * row is checked first, nothing is written when one is bad), compared with the counts the notice prints (682 groups,
 * 632 + 50, 33 kept, 80 hospitals — a table that differs is accepted and reported, e.g. SAMPLE data), and served as
 * one snapshot to settlement, with the weight sets adopted on the current table ({@link WeightAdoptions}): a new
 * import replaces the table, and the versions adopted on the previous one stop applying.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrgReferenceData {

    private final DrgReferenceStore store;
    private final DrgWeightAdoptionStore adoptions;
    private final ReferenceImports imports;
    private final DrgReferenceCompleteness completeness;
    private final DrgHighCostOutlier highCostOutlier;
    private final Clock clock;

    public Mono<ImportResult> importGroupTable(ImportRequest request, String importedBy) {
        return Mono.defer(() -> {
            ImportErrors errors = new ImportErrors(request.readErrors());
            List<DrgGroup> groups = DrgReferenceRows.groups(request.rows(), errors);
            errors.throwIfAny();
            Map<String, DrgGroup> byCode = new LinkedHashMap<>();
            groups.forEach(g -> byCode.put(g.code(), g));
            List<String> issues = new DrgGroupTable(request.source(), request.sample(), byCode)
                    .completenessIssues(completeness.currentScheme(today()));
            return replaceTable(ImportKind.DRG_GROUP_TABLE, request, groups, byCode.keySet(),
                    store.groups().map(DrgGroup::code), issues, importedBy, store::replaceGroups);
        });
    }

    public Mono<ImportResult> importHospitals(ImportRequest request, String importedBy) {
        return Mono.defer(() -> {
            ImportErrors errors = new ImportErrors(request.readErrors());
            List<DrgHospital> hospitals = DrgReferenceRows.hospitals(request.rows(), errors,
                    highCostOutlier.currentMultipliers(today()));
            errors.throwIfAny();
            Set<String> codes = new LinkedHashSet<>();
            Set<String> designated = new LinkedHashSet<>();
            for (DrgHospital h : hospitals) {
                codes.add(h.code());
                if (h.designated()) {
                    designated.add(h.code());
                }
            }
            List<String> issues = new DesignatedHospitals(request.source(), request.sample(), designated)
                    .completenessIssues(completeness.currentScheme(today()));
            return replaceTable(ImportKind.DRG_HOSPITALS, request, hospitals, codes,
                    store.hospitals().map(DrgHospital::code), issues, importedBy, store::replaceHospitals);
        });
    }

    /** The current group table with its adopted versions and the hospital list, read together. */
    Mono<DrgReference> snapshot() {
        return Mono.zip(groupVersions(), store.hospitals().collectList(), imports.latestIfAny(ImportKind.DRG_HOSPITALS))
                .map(t -> {
                    Map<String, DrgHospital> hospitals = new LinkedHashMap<>();
                    Set<String> designated = new HashSet<>();
                    for (DrgHospital h : t.getT2()) {
                        hospitals.put(h.code(), h);
                        if (h.designated()) {
                            designated.add(h.code());
                        }
                    }
                    ReferenceImport hi = t.getT3().orElse(null);
                    return new DrgReference(t.getT1(),
                            new DesignatedHospitals(hi == null ? "no hospital list imported" : "import " + hi.id(),
                                    hi != null && hi.sample(), designated),
                            hospitals);
                });
    }

    /** The imported group table and the weight sets adopted on it, in force from their first days. */
    Mono<DrgGroupTableVersions> groupVersions() {
        return imports.latestIfAny(ImportKind.DRG_GROUP_TABLE)
                .flatMap(groupImport -> Mono.zip(store.groups().collectList(),
                        groupImport.map(gi -> adoptions.ofImport(gi.id())
                                        .concatMap(a -> adoptions.weights(a.id()).collectMap(
                                                        DrgWeightAdoptionStore.AdoptedWeight::groupCode,
                                                        DrgWeightAdoptionStore.AdoptedWeight::weight)
                                                .map(w -> new DrgGroupTableVersions.AdoptedVersion(a.id(),
                                                        a.effectiveFrom(), w)))
                                        .collectList())
                                .orElse(Mono.just(List.of())))
                        .map(t -> {
                            Map<String, DrgGroup> groups = new LinkedHashMap<>();
                            t.getT1().forEach(g -> groups.put(g.code(), g));
                            ReferenceImport gi = groupImport.orElse(null);
                            return new DrgGroupTableVersions(new DrgGroupTable(
                                    gi == null ? "no group table imported" : "import " + gi.id(),
                                    gi != null && gi.sample(), groups), t.getT2());
                        }));
    }

    /** The latest group-table import, the one adoptions are made on. */
    Mono<ReferenceImport> currentGroupTableImport() {
        return imports.latest(ImportKind.DRG_GROUP_TABLE);
    }

    /** A recorded import of reference data. {@code sample} marks SAMPLE data, never to be used for real payments. */
    public record ImportSource(long id, String kind, String source, boolean sample, int rowCount, int added,
                               int updated, List<String> completenessIssues, String importedBy,
                               OffsetDateTime importedAt) {

        static ImportSource of(ReferenceImport r) {
            return new ImportSource(r.id(), r.kind().name(), r.source(), r.sample(), r.rowCount(), r.added(),
                    r.updated(), r.completenessIssues(), r.importedBy(), r.importedAt());
        }
    }

    /** The current group table and the import it came from (null before any import). */
    public record GroupTable(ImportSource source, List<DrgGroup> groups) {
    }

    /** The current hospital list and the import it came from (null before any import). */
    public record HospitalList(ImportSource source, List<DrgHospital> hospitals) {
    }

    public Mono<GroupTable> groupTable() {
        return latestSource(ImportKind.DRG_GROUP_TABLE)
                .zipWith(groups(), (source, groups) -> new GroupTable(source.orElse(null), groups));
    }

    public Mono<HospitalList> hospitalList() {
        return latestSource(ImportKind.DRG_HOSPITALS)
                .zipWith(hospitals(), (source, list) -> new HospitalList(source.orElse(null), list));
    }

    private Mono<Optional<ImportSource>> latestSource(ImportKind kind) {
        return imports.latestIfAny(kind).map(latest -> latest.map(ImportSource::of));
    }

    public Mono<List<DrgGroup>> groups() {
        return store.groups().collectList();
    }

    public Mono<DrgGroup> group(String code) {
        return store.group(code);
    }

    public Mono<List<DrgHospital>> hospitals() {
        return store.hospitals().collectList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The common end of both imports, which replace a whole table: counts the {@code codes} against the stored ones,
     * records the import with its completeness issues, then writes the rows under the import's id.
     */
    private <T> Mono<ImportResult> replaceTable(ImportKind kind, ImportRequest request, List<T> rows, Set<String> codes,
                                                Flux<String> storedCodes, List<String> issues, String importedBy,
                                                BiFunction<List<T>, Long, Mono<Void>> write) {
        return storedCodes.collectList().flatMap(previous -> {
            Counts counts = Counts.of(previous, codes);
            return imports.record(kind, request.source(), request.sample(), rows.size(), counts.added(), counts.kept(),
                            issues, importedBy)
                    .flatMap(record -> write.apply(rows, record.id()).thenReturn(result(record, counts)));
        });
    }

    private static ImportResult result(ReferenceImport record, Counts counts) {
        return new ImportResult(record.id(), record.kind().name(), record.source(), record.sample(), record.rowCount(),
                counts.added(), counts.kept(), counts.removed(), 0, record.completenessIssues(), record.importedBy(),
                record.importedAt());
    }

    /** New codes, codes present before and now (replaced), codes gone. */
    private record Counts(int added, int kept, int removed) {

        static Counts of(List<String> previous, Set<String> now) {
            Set<String> before = new HashSet<>(previous);
            int kept = (int) now.stream().filter(before::contains).count();
            return new Counts(now.size() - kept, kept, before.size() - kept);
        }
    }
}
