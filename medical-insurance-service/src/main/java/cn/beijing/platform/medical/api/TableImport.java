package cn.beijing.platform.medical.api;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.imports.ImportRequest;
import cn.beijing.platform.common.imports.ImportResult;
import cn.beijing.platform.medical.api.ImportBodies.CsvUpload;
import cn.beijing.platform.medical.api.ImportBodies.JsonRow;
import reactor.core.publisher.Mono;

/**
 * A table the bureau imports under one path, as CSV or as JSON rows: the body is read by {@link ImportBodies} (and
 * refused, nothing written) inside one idempotent command of the caller, then handed to {@code importer} with the
 * caller's subject; the import's summary is answered with {@code status}.
 *
 * @param command  the command's method and path, e.g. {@code PUT /api/medical-insurance/drg-hospitals}
 * @param columns  the CSV columns
 * @param required the columns every CSV line must fill
 */
record TableImport(IdempotentCommands commands, String command, HttpStatus status, List<String> columns,
                   Set<String> required, BiFunction<ImportRequest, String, Mono<ImportResult>> importer) {

    Mono<ResponseEntity<ImportResult>> csv(String key, CsvUpload upload) {
        return run(key, upload, () -> ImportBodies.fromCsv(upload, columns, required));
    }

    /** @param body the JSON body as sent (the command's fingerprint) */
    Mono<ResponseEntity<ImportResult>> json(String key, Object body, List<? extends JsonRow> rows, String source,
                                            Boolean sample, Boolean replace) {
        return run(key, body, () -> ImportBodies.fromJson(rows, source, sample, replace));
    }

    private Mono<ResponseEntity<ImportResult>> run(String key, Object fingerprint, Supplier<ImportRequest> request) {
        return commands.runForCaller(key, command, fingerprint, ImportResult.class, status,
                user -> Mono.fromCallable(request::get).flatMap(parsed -> importer.apply(parsed, user.subject())));
    }
}
