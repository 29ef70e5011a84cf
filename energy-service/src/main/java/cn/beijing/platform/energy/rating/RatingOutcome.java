package cn.beijing.platform.energy.rating;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.rating.EnergyGrade;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation;
import cn.beijing.platform.energy.store.ObligationRecord;
import cn.beijing.platform.energy.store.RatingRecord;

/** A rating as stored, the decisions it was made of, and the obligations it raised. */
public record RatingOutcome(RatingRecord rating, boolean deadlineApplies, ComprehensiveIntensity.Decision intensity,
                            EnergyGrade.Decision grade, RetrofitObligation.Decision retrofit,
                            List<ObligationRecord> raisedObligations, List<Basis> basis) {
}
