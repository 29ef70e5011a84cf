package cn.beijing.platform.medical.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The log of reference-data imports. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceImports {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Clock clock;

    public Mono<ReferenceImport> record(ImportKind kind, String source, boolean sample, int rowCount, int added,
                                        int updated, List<String> completenessIssues, String importedBy) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return db.sql("""
                        insert into reference_import (kind, source, sample, row_count, added, updated, completeness_issues,
                                                      imported_by, imported_at)
                        values (:kind, :source, :sample, :rowCount, :added, :updated, cast(:issues as json), :by, :at)
                        returning id
                        """)
                .bind("kind", kind.name()).bind("source", source).bind("sample", sample)
                .bind("rowCount", rowCount).bind("added", added).bind("updated", updated)
                .bind("issues", json.writeValueAsString(completenessIssues)).bind("by", importedBy).bind("at", now)
                .map(row -> row.get("id", Long.class))
                .one()
                .map(id -> new ReferenceImport(id, kind, source, sample, rowCount, added, updated, completenessIssues,
                        importedBy, now));
    }

    /** The latest import of a kind, if any. */
    public Mono<ReferenceImport> latest(ImportKind kind) {
        return db.sql("select * from reference_import where kind = :kind order by id desc limit 1")
                .bind("kind", kind.name())
                .map(this::read)
                .one();
    }

    /** The latest import of a kind, or an empty {@code Optional} before the first one (never an empty Mono). */
    public Mono<Optional<ReferenceImport>> latestIfAny(ImportKind kind) {
        return latest(kind).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private ReferenceImport read(Readable row) {
        return new ReferenceImport(row.get("id", Long.class), ImportKind.valueOf(row.get("kind", String.class)),
                row.get("source", String.class), Boolean.TRUE.equals(row.get("sample", Boolean.class)),
                row.get("row_count", Integer.class), row.get("added", Integer.class), row.get("updated", Integer.class),
                json.readValue(row.get("completeness_issues", String.class), STRINGS), row.get("imported_by", String.class),
                row.get("imported_at", OffsetDateTime.class));
    }
}
