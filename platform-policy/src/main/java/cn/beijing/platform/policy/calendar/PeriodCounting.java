package cn.beijing.platform.policy.calendar;

import java.time.LocalDate;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;

/**
 * Where a period counted in working days starts, relative to the day it begins (a notice's publication day).
 *
 * <p>《中华人民共和国民法典》第二百零一条: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算" — the day the
 * period begins does not count; 第二百零三条: a last day that is a holiday moves to the next working day. A period
 * counted in working days always ends on a working day, so 第二百零三条 never moves it; its first working day after the
 * last day is where what waits for the period (a payment) may happen.
 *
 * <p>Each notice names its reading in a parameter (a flag "the publication day is not counted"), so that the other
 * reading stays available; the decision cites {@link #basis} next to the notice's own article whichever reading
 * applies, with the parameter version that chose it.
 */
public enum PeriodCounting {

    /** 民法典 第二百零一条: day 1 is the first working day after the day the period begins. */
    FROM_NEXT_DAY,
    /**
     * The day the period begins is day 1 when it is a working day. The platform's reading before it followed
     * 第二百零一条: notices decided under it keep their dates and say so.
     */
    FROM_SAME_DAY;

    /** The document as printed in its own title. */
    public static final String CIVIL_CODE = "中华人民共和国民法典";
    /** 开始的当日不计入，自下一日开始计算. */
    public static final String START_ARTICLE = "第二百零一条";

    /** The reading a parameter "the day the period begins is not counted" selects. */
    public static PeriodCounting excludingBeginningDay(boolean excluded) {
        return excluded ? FROM_NEXT_DAY : FROM_SAME_DAY;
    }

    /** The first day that may count as day 1 of a period beginning on {@code begins}. */
    public LocalDate firstCountedDay(LocalDate begins) {
        Objects.requireNonNull(begins, "begins");
        return this == FROM_NEXT_DAY ? begins.plusDays(1) : begins;
    }

    /** 民法典 第二百零一条, naming the parameter version that chose the reading. */
    public static Basis basis(String parameterVersion) {
        Basis article = Basis.of(CIVIL_CODE, START_ARTICLE);
        return parameterVersion == null ? article : article.withParameters(parameterVersion);
    }
}
