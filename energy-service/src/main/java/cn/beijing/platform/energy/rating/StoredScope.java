package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/** The scope decision of a building as stored (see {@link cn.beijing.platform.energy.policy.rating.RatingScope.Decision}). */
public record StoredScope(boolean ratingRequired, boolean meetsRatingCriteria, boolean largePublicBuilding,
                          boolean ratingDeadlineApplies, boolean statisticsMandatory,
                          List<String> statisticsCategories, List<String> exemptions, BigDecimal publicShare,
                          LocalDate decidedOn, List<Basis> basis) {
}
