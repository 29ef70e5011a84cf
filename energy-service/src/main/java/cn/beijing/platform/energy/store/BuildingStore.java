package cn.beijing.platform.energy.store;

import java.util.UUID;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.paging.Criteria;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BuildingStore {

    private static final String COLUMNS = """
            id, name, district, building_type, total_area, public_area, state_secret, state_organ_office,
            central_government_office, year_built, seismic_appraised_and_reinforced, other_safety_hazard_unresolved,
            energy_retrofitted, in_renewal_scope, owner, delegated_manager, reporting_party, registered_by,
            rating_required, meets_rating_criteria, large_public_building, rating_deadline_applies,
            statistics_mandatory, statistics_categories, exemptions, public_share, scope_basis, scope_decided_on,
            label_applied_year, created_at, updated_at""";

    private final DatabaseClient db;

    public Mono<Void> insert(BuildingRecord b) {
        return bindAll(db.sql("insert into building (" + COLUMNS + ") values (:id, :name, :district, :buildingType,"
                + " :totalArea, :publicArea, :stateSecret, :stateOrganOffice, :centralGovernmentOffice, :yearBuilt,"
                + " :seismic, :hazard, :retrofitted, :inRenewalScope, :owner, :delegatedManager, :reportingParty,"
                + " :registeredBy, :ratingRequired, :meetsCriteria, :large, :deadlineApplies, :statisticsMandatory,"
                + " :statisticsCategories, :exemptions, :publicShare, :scopeBasis, :scopeDecidedOn, :labelAppliedYear,"
                + " :createdAt, :updatedAt)"), b).fetch().rowsUpdated().then();
    }

    /** Replaces the registered data and the scope decision; registration facts (creator, creation) stay. */
    public Mono<Void> update(BuildingRecord b) {
        return bindAll(db.sql("""
                update building set name = :name, district = :district, building_type = :buildingType,
                  total_area = :totalArea, public_area = :publicArea, state_secret = :stateSecret,
                  state_organ_office = :stateOrganOffice, central_government_office = :centralGovernmentOffice,
                  year_built = :yearBuilt, seismic_appraised_and_reinforced = :seismic,
                  other_safety_hazard_unresolved = :hazard, energy_retrofitted = :retrofitted,
                  in_renewal_scope = :inRenewalScope, owner = :owner, delegated_manager = :delegatedManager,
                  reporting_party = :reportingParty, rating_required = :ratingRequired,
                  meets_rating_criteria = :meetsCriteria, large_public_building = :large,
                  rating_deadline_applies = :deadlineApplies, statistics_mandatory = :statisticsMandatory,
                  statistics_categories = :statisticsCategories, exemptions = :exemptions,
                  public_share = :publicShare, scope_basis = :scopeBasis, scope_decided_on = :scopeDecidedOn,
                  label_applied_year = :labelAppliedYear, updated_at = :updatedAt
                where id = :id and registered_by = :registeredBy and created_at = :createdAt
                """), b).fetch().rowsUpdated().then();
    }

    public Mono<Void> markLabelApplied(UUID id, int year) {
        return db.sql("update building set label_applied_year = greatest(coalesce(label_applied_year, :year), :year)"
                        + " where id = :id")
                .bind("id", id).bind("year", year).fetch().rowsUpdated().then();
    }

    /** The building, or nothing when there is none. */
    public Mono<BuildingRecord> find(UUID id) {
        return db.sql("select " + COLUMNS + " from building where id = :id").bind("id", id)
                .mapProperties(BuildingRecord.class).one();
    }

    /** The building; a {@link NotFoundException} (404) when there is none. */
    public Mono<BuildingRecord> get(UUID id) {
        return find(id).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /**
     * The building, locked for the rest of the transaction (serialises commands on one building); a
     * {@link NotFoundException} (404) when there is none.
     */
    public Mono<BuildingRecord> lock(UUID id) {
        return db.sql("select " + COLUMNS + " from building where id = :id for update").bind("id", id)
                .mapProperties(BuildingRecord.class).one()
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("building " + id);
    }

    public Flux<BuildingRecord> list(BuildingFilter filter) {
        Criteria criteria = new Criteria()
                .and("b.district = :district", "district", filter.district())
                .and("b.building_type = :buildingType", "buildingType", filter.buildingType())
                .and("b.reporting_party = :reportingParty", "reportingParty", filter.reportingParty())
                .and("(select r.grade from rating r where r.building_id = b.id order by r.year desc limit 1)"
                        + " = :grade", "grade", filter.grade())
                .and("exists (select 1 from obligation o where o.building_id = b.id and o.status = 'OPEN'"
                        + " and o.code = :obligation)", "obligation", filter.obligation());
        return criteria.select(db, "select " + COLUMNS + " from building b", "b.district, b.name, b.id")
                .mapProperties(BuildingRecord.class).all();
    }

    /** Buildings bound by the annual deadline of 12号 第八条 (rating required and large). */
    public Flux<BuildingRecord> deadlineBound() {
        return db.sql("select " + COLUMNS + " from building where rating_deadline_applies order by id")
                .mapProperties(BuildingRecord.class).all();
    }

    /** A district's large public buildings subject to rating (the population of the 第十条 draw). */
    public Flux<UUID> deadlineBoundIn(String district) {
        return db.sql("select id from building where rating_deadline_applies and district = :district")
                .bind("district", district).map(row -> row.get("id", UUID.class)).all();
    }

    /** A district's buildings that applied for an energy-grade label (all of them are checked, 第十条). */
    public Flux<UUID> labelApplicantsIn(String district) {
        return db.sql("select id from building where label_applied_year is not null and district = :district")
                .bind("district", district).map(row -> row.get("id", UUID.class)).all();
    }

    /** Mandatory statistics samples (13号 第三条(一)), optionally of one district. */
    public Flux<BuildingRecord> statisticsSamples(String district) {
        GenericExecuteSpec spec = db.sql("select " + COLUMNS + " from building where statistics_mandatory"
                + (district == null ? "" : " and district = :district") + " order by district, id");
        if (district != null) {
            spec = spec.bind("district", district);
        }
        return spec.mapProperties(BuildingRecord.class).all();
    }

    private static GenericExecuteSpec bindAll(GenericExecuteSpec spec, BuildingRecord b) {
        spec = spec.bind("id", b.id()).bind("name", b.name()).bind("district", b.district())
                .bind("buildingType", b.buildingType()).bind("totalArea", b.totalArea())
                .bind("publicArea", b.publicArea()).bind("stateSecret", b.stateSecret())
                .bind("stateOrganOffice", b.stateOrganOffice())
                .bind("centralGovernmentOffice", b.centralGovernmentOffice()).bind("yearBuilt", b.yearBuilt())
                .bind("seismic", b.seismicAppraisedAndReinforced()).bind("hazard", b.otherSafetyHazardUnresolved())
                .bind("retrofitted", b.energyRetrofitted()).bind("inRenewalScope", b.inRenewalScope())
                .bind("owner", b.owner()).bind("reportingParty", b.reportingParty())
                .bind("registeredBy", b.registeredBy()).bind("ratingRequired", b.ratingRequired())
                .bind("meetsCriteria", b.meetsRatingCriteria()).bind("large", b.largePublicBuilding())
                .bind("deadlineApplies", b.ratingDeadlineApplies()).bind("statisticsMandatory", b.statisticsMandatory())
                .bind("statisticsCategories", b.statisticsCategories()).bind("exemptions", b.exemptions())
                .bind("publicShare", b.publicShare()).bind("scopeBasis", b.scopeBasis())
                .bind("scopeDecidedOn", b.scopeDecidedOn()).bind("createdAt", b.createdAt())
                .bind("updatedAt", b.updatedAt());
        spec = Binds.nullable(spec, "delegatedManager", b.delegatedManager(), String.class);
        return Binds.nullable(spec, "labelAppliedYear", b.labelAppliedYear(), Integer.class);
    }
}
