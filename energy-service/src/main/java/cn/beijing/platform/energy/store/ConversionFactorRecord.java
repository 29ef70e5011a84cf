package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An imported version of the conversion factors of the converted carriers (kgce per carrier unit). */
public record ConversionFactorRecord(UUID id, LocalDate validFrom, List<Row> rows, String importedBy,
                                     OffsetDateTime importedAt) {

    public ConversionFactorRecord {
        rows = List.copyOf(rows);
    }

    public record Row(String carrier, String carrierUnit, BigDecimal kgcePerUnit) {
    }
}
