package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.RatingRecord;

/** A rated year in a building's history. {@code limitsSample}: G and C came from the SAMPLE table. */
public record GradeYear(int year, int grade, BigDecimal intensity, BigDecimal guideValue, BigDecimal constraintValue,
                 BigDecimal ratioToConstraint, boolean limitsSample, LocalDate ratedOn, LocalDate ratingDeadline,
                 Boolean ratedOnTime, List<String> obligations) {

    static GradeYear of(RatingRecord r) {
        return new GradeYear(r.year(), r.grade(), r.intensity(), r.guideValue(), r.constraintValue(),
                r.ratioToConstraint(), r.limitsSample(), r.ratedOn(), r.ratingDeadline(), r.ratedOnTime(),
                JsonText.codes(r.obligations()));
    }
}
