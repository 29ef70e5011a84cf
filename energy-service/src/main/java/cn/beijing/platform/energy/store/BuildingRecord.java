package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code building}: the registered data and the scope decision taken on {@code scopeDecidedOn}. */
public record BuildingRecord(
        UUID id, String name, String district, String buildingType, BigDecimal totalArea, BigDecimal publicArea,
        boolean stateSecret, boolean stateOrganOffice, boolean centralGovernmentOffice, int yearBuilt,
        boolean seismicAppraisedAndReinforced, boolean otherSafetyHazardUnresolved, boolean energyRetrofitted,
        boolean inRenewalScope, String owner, String delegatedManager, String reportingParty, String registeredBy,
        boolean ratingRequired, boolean meetsRatingCriteria, boolean largePublicBuilding,
        boolean ratingDeadlineApplies, boolean statisticsMandatory, String statisticsCategories, String exemptions,
        BigDecimal publicShare, String scopeBasis, LocalDate scopeDecidedOn, Integer labelAppliedYear,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
