package cn.beijing.platform.medical.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.beijing.platform.common.paging.Criteria;
import cn.beijing.platform.common.paging.Page;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The store of an imported table whose rows are keyed by {@code code} (the drug catalogue, the price items): look-ups
 * by code, pages of a filtered listing, and deletions; imports write it a chunk of rows per statement.
 *
 * @param <T> a row as the workflows read it
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public abstract class CodedTable<T> {

    /** Rows per insert statement of an import. */
    static final int CHUNK = 2000;

    final DatabaseClient db;
    private final String table;
    private final Function<Readable, T> read;

    public Mono<T> find(String code) {
        return db.sql("select * from " + table + " where code = :code").bind("code", code).map(read::apply).one();
    }

    public Flux<T> findAll(List<String> codes) {
        if (codes.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select * from " + table + " where code = any(cast(:codes as text[]))")
                .bind("codes", codes.toArray(String[]::new)).map(read::apply).all();
    }

    public Flux<String> allCodes() {
        return db.sql("select code from " + table).map(row -> row.get("code", String.class)).all();
    }

    public Mono<Long> deleteAll(List<String> codes) {
        if (codes.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("delete from " + table + " where code = any(cast(:codes as text[]))")
                .bind("codes", codes.toArray(String[]::new)).fetch().rowsUpdated();
    }

    /** Inserts or updates the rows (by code), a chunk of rows per statement. */
    public Mono<Void> upsert(List<T> rows, long importId) {
        return inChunks(rows, chunk -> upsertChunk(chunk, importId));
    }

    /** One statement inserting or updating {@code chunk} (at most {@link #CHUNK} rows); the rows updated. */
    abstract Mono<Long> upsertChunk(List<T> chunk, long importId);

    /** Page {@code page} of the rows meeting every criterion, by code. */
    Mono<Page<T>> search(Criteria criteria, int page, int size) {
        return criteria.page(db, table, "code", read, page, size);
    }

    /** Writes {@code rows} {@link #CHUNK} at a time, one after the other. */
    static <R> Mono<Void> inChunks(List<R> rows, Function<List<R>, Mono<Long>> write) {
        List<Mono<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            chunks.add(write.apply(rows.subList(from, Math.min(rows.size(), from + CHUNK))));
        }
        return Flux.concat(chunks).then();
    }

    /** The exact {@code code} and a {@code name} containing the text; null criteria ignored. */
    static Criteria codeAndName(String code, String name) {
        return new Criteria().and("code = :code", "code", code).and("strpos(name, :name) > 0", "name", name);
    }
}
