package cn.beijing.platform.medical.events;

import java.util.List;

/**
 * {@code medical.catalogue-changed.v1}: an import changed the drug catalogue (京医保发〔2024〕21号) or the price-item
 * table. {@code changedCodes} lists the codes added, updated or removed (at most 10 000; {@code changedCodesTruncated}
 * says when more changed).
 */
public record CatalogueChanged(long importId, String catalogue, String source, boolean sample, int rowCount,
                               int added, int updated, int removed, List<String> changedCodes,
                               boolean changedCodesTruncated) {
}
