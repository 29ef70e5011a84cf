package cn.beijing.platform.medical.store;

import java.math.BigDecimal;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import cn.beijing.platform.medical.policy.drg.DesignatedEmployeePayment;
import cn.beijing.platform.medical.policy.drg.DrgGroup;
import cn.beijing.platform.medical.policy.drg.HospitalLevel;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import cn.beijing.platform.medical.policy.drg.DrgHospital;

/** The imported DRG 2.0 group table and hospital list; each import replaces the previous one as a whole. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DrgReferenceStore {

    private final DatabaseClient db;

    public Flux<DrgGroup> groups() {
        return db.sql("select * from drg_group order by code").map(DrgReferenceStore::readGroup).all();
    }

    public Mono<DrgGroup> group(String code) {
        return db.sql("select * from drg_group where code = :code").bind("code", code)
                .map(DrgReferenceStore::readGroup).one();
    }

    public Flux<DrgHospital> hospitals() {
        return db.sql("select * from drg_hospital order by code").map(DrgReferenceStore::readHospital).all();
    }

    public Mono<DrgHospital> hospital(String code) {
        return db.sql("select * from drg_hospital where code = :code").bind("code", code)
                .map(DrgReferenceStore::readHospital).one();
    }

    public Mono<Void> replaceGroups(List<DrgGroup> groups, long importId) {
        return db.sql("delete from drg_group").fetch().rowsUpdated()
                .then(CodedTable.inChunks(groups, chunk -> insertGroups(chunk, importId)));
    }

    private Mono<Long> insertGroups(List<DrgGroup> chunk, long importId) {
        TextArrays a = new TextArrays(chunk.size(), "code", "name", "weight", "payment", "kept", "previous");
        for (int i = 0; i < chunk.size(); i++) {
            DrgGroup g = chunk.get(i);
            a.set("code", i, g.code());
            a.set("name", i, g.name());
            a.set("weight", i, g.weight());
            a.set("payment", i, g.designatedEmployeePayment());
            a.set("kept", i, g.keptConsumablesProcurementGroup());
            a.set("previous", i, g.previousStandard());
        }
        return a.bind(db.sql("""
                        insert into drg_group (code, name, weight, designated_employee_payment,
                                               kept_consumables_procurement_group, previous_standard, import_id)
                        select t.code, t.name, cast(t.weight as numeric), t.payment, cast(t.kept as boolean),
                               cast(t.previous as numeric), :importId
                        from unnest(cast(:code as text[]), cast(:name as text[]), cast(:weight as text[]),
                                    cast(:payment as text[]), cast(:kept as text[]), cast(:previous as text[]))
                             as t(code, name, weight, payment, kept, previous)
                        """)).bind("importId", importId).fetch().rowsUpdated();
    }

    public Mono<Void> replaceHospitals(List<DrgHospital> hospitals, long importId) {
        TextArrays a = new TextArrays(hospitals.size(), "code", "name", "designated", "specialty", "level");
        for (int i = 0; i < hospitals.size(); i++) {
            DrgHospital h = hospitals.get(i);
            a.set("code", i, h.code());
            a.set("name", i, h.name());
            a.set("designated", i, h.designated());
            a.set("specialty", i, h.infectiousDiseaseSpecialty());
            a.set("level", i, h.level());
        }
        return db.sql("delete from drg_hospital").fetch().rowsUpdated()
                .then(a.bind(db.sql("""
                                insert into drg_hospital (code, name, designated, infectious_disease_specialty, level,
                                                          import_id)
                                select t.code, t.name, cast(t.designated as boolean), cast(t.specialty as boolean),
                                       t.level, :importId
                                from unnest(cast(:code as text[]), cast(:name as text[]), cast(:designated as text[]),
                                            cast(:specialty as text[]), cast(:level as text[]))
                                     as t(code, name, designated, specialty, level)
                                """)).bind("importId", importId).fetch().rowsUpdated())
                .then();
    }

    static DrgGroup readGroup(Readable row) {
        BigDecimal weight = row.get("weight", BigDecimal.class);
        return new DrgGroup(row.get("code", String.class), row.get("name", String.class), weight,
                DesignatedEmployeePayment.valueOf(row.get("designated_employee_payment", String.class)),
                Boolean.TRUE.equals(row.get("kept_consumables_procurement_group", Boolean.class)),
                row.get("previous_standard", BigDecimal.class));
    }

    static DrgHospital readHospital(Readable row) {
        String level = row.get("level", String.class);
        return new DrgHospital(row.get("code", String.class), row.get("name", String.class),
                Boolean.TRUE.equals(row.get("designated", Boolean.class)),
                Boolean.TRUE.equals(row.get("infectious_disease_specialty", Boolean.class)),
                level == null ? null : HospitalLevel.valueOf(level));
    }
}
