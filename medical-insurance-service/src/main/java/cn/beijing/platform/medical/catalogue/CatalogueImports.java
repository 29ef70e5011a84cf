package cn.beijing.platform.medical.catalogue;

import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.common.imports.ImportRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.medical.events.CatalogueChanged;
import cn.beijing.platform.medical.events.MedicalEvents;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.common.imports.ImportRow;
import cn.beijing.platform.medical.store.CodedTable;
import cn.beijing.platform.medical.store.ImportKind;
import cn.beijing.platform.medical.store.ReferenceImports;
import reactor.core.publisher.Mono;

/**
 * The common part of a catalogue import (drugs, price items): compare with what is stored, record the import, write
 * only what changed, remove what a replacing import leaves out, and — when anything changed — append
 * {@code medical.catalogue-changed.v1} to the outbox, all in the caller's transaction.
 */
@Component
@RequiredArgsConstructor
class CatalogueImports {

    static final int MAX_CODES_IN_EVENT = 10_000;

    private final ReferenceImports imports;
    private final OutboxWriter outbox;

    /**
     * One catalogue: how an import's lines become rows ({@code read} lists every bad line in the errors), how rows are
     * keyed and compared, and where they are stored.
     */
    record Table<T>(ImportKind kind, String aggregateId, BiFunction<List<ImportRow>, ImportErrors, List<T>> read,
                    Function<T, String> code, BiPredicate<T, T> same, CodedTable<T> store) {
    }

    /** Validates every row first (422 listing each bad line, nothing written), then writes; run in a transaction. */
    <T> Mono<ImportResult> apply(Table<T> table, ImportRequest request, String importedBy) {
        return Mono.defer(() -> {
            ImportErrors errors = new ImportErrors(request.readErrors());
            List<T> rows = table.read().apply(request.rows(), errors);
            errors.throwIfAny();
            return apply(table, rows, request, importedBy);
        });
    }

    private <T> Mono<ImportResult> apply(Table<T> table, List<T> rows, ImportRequest request, String importedBy) {
        List<String> codes = rows.stream().map(table.code()).toList();
        Set<String> imported = new HashSet<>(codes);
        Mono<Map<String, T>> stored = table.store().findAll(codes).collectMap(table.code());
        Mono<List<String>> removed = request.replace()
                ? table.store().allCodes().filter(code -> !imported.contains(code)).collectList()
                : Mono.just(List.of());
        return Mono.zip(stored, removed).flatMap(t -> {
            Map<String, T> existing = t.getT1();
            List<String> toRemove = t.getT2();
            List<T> changed = new ArrayList<>();
            List<String> changedCodes = new ArrayList<>();
            int added = 0;
            int updated = 0;
            for (T row : rows) {
                T before = existing.get(table.code().apply(row));
                if (before == null) {
                    added++;
                } else if (!table.same().test(row, before)) {
                    updated++;
                } else {
                    continue;
                }
                changed.add(row);
                changedCodes.add(table.code().apply(row));
            }
            changedCodes.addAll(toRemove);
            int addedCount = added;
            int updatedCount = updated;
            int unchanged = rows.size() - added - updated;
            return imports.record(table.kind(), request.source(), request.sample(), rows.size(), added, updated,
                            List.of(), importedBy)
                    .flatMap(record -> table.store().upsert(changed, record.id())
                            .then(table.store().deleteAll(toRemove))
                            .then(changedCodes.isEmpty() ? Mono.empty()
                                    : outbox.append(MedicalEvents.CATALOGUE_CHANGED, table.aggregateId(),
                                    new CatalogueChanged(record.id(), table.kind().name(), request.source(),
                                            request.sample(), rows.size(), addedCount, updatedCount, toRemove.size(),
                                            changedCodes.subList(0, Math.min(changedCodes.size(), MAX_CODES_IN_EVENT)),
                                            changedCodes.size() > MAX_CODES_IN_EVENT)))
                            .thenReturn(new ImportResult(record.id(), table.kind().name(), request.source(), request.sample(),
                                    rows.size(), addedCount, updatedCount, toRemove.size(), unchanged, List.of(),
                                    importedBy, record.importedAt())));
        });
    }
}
