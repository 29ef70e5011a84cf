package cn.beijing.platform.energy.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.energy.policy.rating.RetrofitObligation;

/** A large public building whose rating of {@code year} is overdue on {@code asOf} (第八条, 第十三条). */
public record OverdueRating(UUID buildingId, String district, int year, LocalDate asOf,
                            LocalDate correctionDeadline, RetrofitObligation.Decision decision,
                            List<String> raised) {
}
