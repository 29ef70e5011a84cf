package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.rating.StoredScope;
import cn.beijing.platform.energy.store.BuildingRecord;

/**
 * A building with its scope decision (京建法〔2024〕12号 第三条, 第八条, 第十五条(二); 13号 第三条) and the decision's basis.
 * The scope fields have the names of {@code POST /api/energy/scope-evaluations}.
 */
public record BuildingView(UUID id, String name, String district, String buildingType, BigDecimal totalArea,
                        BigDecimal publicArea, boolean stateSecret, boolean stateOrganOffice,
                        boolean centralGovernmentOffice, int yearBuilt, boolean seismicAppraisedAndReinforced,
                        boolean otherSafetyHazardUnresolved, boolean energyRetrofitted, boolean inRenewalScope,
                        String owner, String delegatedManager, String reportingParty,
                        boolean ratingRequired, boolean largePublicBuilding, boolean statisticsMandatory,
                        boolean meetsRatingCriteria, boolean ratingDeadlineApplies, List<String> statisticsCategories,
                        List<String> exemptions, BigDecimal publicShare, LocalDate scopeDecidedOn,
                        Integer labelAppliedYear, List<Basis> basis) {

    static BuildingView of(BuildingRecord b, StoredScope scope) {
        return new BuildingView(b.id(), b.name(), b.district(), b.buildingType(), b.totalArea(), b.publicArea(),
                b.stateSecret(), b.stateOrganOffice(), b.centralGovernmentOffice(), b.yearBuilt(),
                b.seismicAppraisedAndReinforced(), b.otherSafetyHazardUnresolved(), b.energyRetrofitted(),
                b.inRenewalScope(), b.owner(), b.delegatedManager(), b.reportingParty(), scope.ratingRequired(),
                scope.largePublicBuilding(), scope.statisticsMandatory(), scope.meetsRatingCriteria(),
                scope.ratingDeadlineApplies(), scope.statisticsCategories(), scope.exemptions(), scope.publicShare(),
                scope.decidedOn(), b.labelAppliedYear(), scope.basis());
    }
}
