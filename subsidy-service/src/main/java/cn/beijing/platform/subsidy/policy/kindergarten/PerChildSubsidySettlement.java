package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.ParameterNotInForceException;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.DistinctIds;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 生均定额补助 (京技管发〔2024〕30号 第五条): monthly counts of a year, the quarterly advances and the January
 * settlement (多退少补).
 * <ul>
 * <li>A child counts when aged 3 or over at the autumn intake of the school year the month belongs to
 * (第五条 1; the reference day is a [platform rule] parameter).</li>
 * <li>A child who leaves stops counting from the month the leaving formalities are completed; a graduating
 * child from the month after; a new child counts from the month entry is completed; an autumn small-class
 * intake from September of that year (第五条 2).</li>
 * <li>Q1 and Q2 are advanced on the count at the end of September of the previous year, Q3 and Q4 on the
 * count at the end of March, three months each (第五条 3).</li>
 * </ul>
 */
@Rule(id = "kindergarten-per-child-settlement", document = Documents.KINDERGARTEN, article = "第五条",
        parameters = {"kindergarten-per-child-monthly-rate", "kindergarten-minimum-age", "kindergarten-age-reference-day", "kindergarten-per-child-count-calendar"})
public final class PerChildSubsidySettlement implements Decides<PerChildSubsidySettlement.Input, PerChildSubsidySettlement.SettlementDecision> {

    private static final String ARTICLE = "第五条";

    /**
     * 第五条: the autumn intake month, the months whose last day fixes the advance counts, which quarters use
     * which count, the months per quarter and the settlement month.
     */
    public record CountCalendar(int autumnIntakeMonth, int previousYearCountMonth, int currentYearCountMonth,
                                List<Integer> quartersOnPreviousYearCount, List<Integer> quartersOnCurrentYearCount,
                                @ParameterKey("months_per_quarter_count") int monthsPerQuarter, int settlementMonth) {

        public CountCalendar {
            quartersOnPreviousYearCount = List.copyOf(quartersOnPreviousYearCount);
            quartersOnCurrentYearCount = List.copyOf(quartersOnCurrentYearCount);
            for (int month : List.of(autumnIntakeMonth, previousYearCountMonth, currentYearCountMonth, settlementMonth)) {
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("month " + month + " is not 1..12");
                }
            }
            for (int q = 1; q <= 4; q++) {
                if (quartersOnPreviousYearCount.contains(q) == quartersOnCurrentYearCount.contains(q)) {
                    throw new IllegalArgumentException("quarter " + q + " must use exactly one count");
                }
            }
            if (monthsPerQuarter * 4 != 12) {
                throw new IllegalArgumentException("four quarters must make a year");
            }
        }
    }


    private final EffectiveDated<BigDecimal> perChildMonthlyRate;
    private final EffectiveDated<Integer> minimumAge;
    private final EffectiveDated<MonthDay> ageReferenceDay;
    private final EffectiveDated<CountCalendar> countCalendar;

    public PerChildSubsidySettlement(ParameterSet parameters) {
        this.perChildMonthlyRate = parameters.get("kindergarten-per-child-monthly-rate", BigDecimal.class);
        this.minimumAge = parameters.get("kindergarten-minimum-age", Integer.class);
        this.ageReferenceDay = parameters.get("kindergarten-age-reference-day", MonthDay.class);
        this.countCalendar = parameters.get("kindergarten-per-child-count-calendar", CountCalendar.class);
    }

    /**
     * One child as the 学前管理系统 records it.
     *
     * @param autumnIntake a 秋季小班新招收儿童 (counts from September of the entry year)
     * @param leftOn       the day the leaving formalities were completed, or {@code null}
     * @param graduated    the child left as a graduate (stops counting from the month after {@code leftOn})
     */
    public record Child(String id, LocalDate birthDate, LocalDate enteredOn, boolean autumnIntake, LocalDate leftOn,
                        boolean graduated) {
    }

    /** The advance of one quarter: the count it rests on × months × the monthly rate. */
    public record QuarterlyAdvance(int quarter, LocalDate countDate, int count, int months, BigDecimal monthlyRate,
                                   BigDecimal amount) {
    }

    /** The months (1–12) of the year in which a child counted. */
    public record ChildMonths(String id, List<Integer> countedMonths) {
    }

    public enum Direction {
        /** 少补: the kindergarten is paid the difference. */
        TOP_UP,
        /** 多退: the kindergarten refunds the difference. */
        REFUND,
        NONE
    }

    /**
     * @param settlement entitlement − advances: positive is a top-up, negative a refund
     * @param settledIn  the month in which the settlement is made (January of the following year)
     */
    public record SettlementDecision(int year, List<Integer> monthlyCounts, int countAtPreviousSeptember30,
                                     int countAtMarch31, BigDecimal entitlement, List<QuarterlyAdvance> advances,
                                     BigDecimal advancesTotal, BigDecimal settlement, Direction direction,
                                     YearMonth settledIn, List<ChildMonths> children, List<Basis> basis)
            implements Decision {
    }

    /** The children of a kindergarten and the year to settle. */
    public record Input(int year, List<Child> children) {
    }

    /** The year decides; the decision date is not read. */
    @Override
    public SettlementDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return settle(input.year(), input.children());
    }

    public SettlementDecision settle(int year, List<Child> children) {
        validate(year, children);
        LocalDate first = LocalDate.of(year, 1, 1);
        CountingRule rule = ruleFor(year);
        CountCalendar calendar = rule.calendar();

        List<Integer> monthlyCounts = new ArrayList<>();
        List<List<Integer>> perChild = new ArrayList<>();
        children.forEach(c -> perChild.add(new ArrayList<>()));
        BigDecimal entitlement = BigDecimal.ZERO;
        Set<String> versions = new LinkedHashSet<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            int count = 0;
            for (int i = 0; i < children.size(); i++) {
                if (rule.countsIn(children.get(i), yearMonth)) {
                    count++;
                    perChild.get(i).add(month);
                }
            }
            monthlyCounts.add(count);
            LocalDate monthStart = yearMonth.atDay(1);
            BigDecimal rate = inForce(perChildMonthlyRate::valueOn, monthStart);
            versions.add(perChildMonthlyRate.on(monthStart).version());
            entitlement = entitlement.add(rate.multiply(BigDecimal.valueOf(count)));
        }

        LocalDate previousCountDate = YearMonth.of(year - 1, calendar.previousYearCountMonth()).atEndOfMonth();
        LocalDate currentCountDate = YearMonth.of(year, calendar.currentYearCountMonth()).atEndOfMonth();
        int previousCount = rule.countOn(children, previousCountDate);
        int currentCount = rule.countOn(children, currentCountDate);

        List<QuarterlyAdvance> advances = new ArrayList<>();
        BigDecimal advancesTotal = BigDecimal.ZERO;
        for (int quarter = 1; quarter <= 4; quarter++) {
            boolean onPrevious = calendar.quartersOnPreviousYearCount().contains(quarter);
            int count = onPrevious ? previousCount : currentCount;
            LocalDate quarterStart = YearMonth.of(year, (quarter - 1) * calendar.monthsPerQuarter() + 1).atDay(1);
            BigDecimal rate = inForce(perChildMonthlyRate::valueOn, quarterStart);
            versions.add(perChildMonthlyRate.on(quarterStart).version());
            BigDecimal amount = Money.yuan(rate.multiply(BigDecimal.valueOf((long) count * calendar.monthsPerQuarter())));
            advances.add(new QuarterlyAdvance(quarter, onPrevious ? previousCountDate : currentCountDate, count,
                    calendar.monthsPerQuarter(), rate, amount));
            advancesTotal = advancesTotal.add(amount);
        }
        entitlement = Money.yuan(entitlement);
        advancesTotal = Money.yuan(advancesTotal);
        BigDecimal settlement = entitlement.subtract(advancesTotal);
        Direction direction = settlement.signum() > 0 ? Direction.TOP_UP
                : settlement.signum() < 0 ? Direction.REFUND : Direction.NONE;

        List<ChildMonths> childMonths = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            childMonths.add(new ChildMonths(children.get(i).id(), List.copyOf(perChild.get(i))));
        }
        versions.add(minimumAge.on(first).version());
        versions.add(ageReferenceDay.on(first).version());
        versions.add(countCalendar.on(first).version());
        List<Basis> basis = List.of(Citation.withVersions(Documents.KINDERGARTEN, ARTICLE, versions));
        return new SettlementDecision(year, List.copyOf(monthlyCounts), previousCount, currentCount, entitlement,
                List.copyOf(advances), advancesTotal, settlement, direction,
                YearMonth.of(year + 1, calendar.settlementMonth()), List.copyOf(childMonths), basis);
    }

    /**
     * The counting rule of 第五条 in force for the settlement of {@code year} (read on January 1 of that year; the
     * count at the end of September of the previous year is taken under the same rule).
     */
    public CountingRule ruleFor(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new CountingRule(inForce(countCalendar::valueOn, first),
                inForce(minimumAge::valueOn, first),
                inForce(ageReferenceDay::valueOn, first));
    }

    /**
     * 第五条 1–2 as applied to one child.
     *
     * @param minimumAge   满3岁
     * @param referenceDay [platform rule] day of the intake year on which the age is read (kindergarten-age-reference-day.yaml)
     */
    public record CountingRule(CountCalendar calendar, int minimumAge, MonthDay referenceDay) {

        /** Whether a child is in the subsidy base (补助基数) in a month. */
        public boolean countsIn(Child child, YearMonth month) {
            YearMonth firstCounted = YearMonth.from(child.enteredOn());
            if (child.autumnIntake()) {
                // 秋季小班新招收儿童从当年9月计入补助基数; an entry completed after September counts from its own month.
                YearMonth september = YearMonth.of(child.enteredOn().getYear(), calendar.autumnIntakeMonth());
                firstCounted = firstCounted.isAfter(september) ? firstCounted : september;
            }
            if (month.isBefore(firstCounted)) {
                return false;
            }
            if (child.leftOn() != null) {
                YearMonth leaving = YearMonth.from(child.leftOn());
                // 离园: not counted from the month the formalities are completed; 毕业班: from the month after.
                YearMonth firstNotCounted = child.graduated() ? leaving.plusMonths(1) : leaving;
                if (!month.isBefore(firstNotCounted)) {
                    return false;
                }
            }
            return agedAtIntake(child, intakeYear(month));
        }

        /**
         * 在园儿童数 at the end of {@code date}: entered on or before it, not left on or before it, and meeting the
         * age condition of the school year {@code date} belongs to.
         */
        public int countOn(List<Child> children, LocalDate date) {
            int count = 0;
            for (Child child : children) {
                boolean entered = !child.enteredOn().isAfter(date);
                boolean stillThere = child.leftOn() == null || child.leftOn().isAfter(date);
                if (entered && stillThere && agedAtIntake(child, intakeYear(YearMonth.from(date)))) {
                    count++;
                }
            }
            return count;
        }

        /** The school year a month belongs to starts with the autumn intake of this year. */
        int intakeYear(YearMonth month) {
            return month.getMonthValue() >= calendar.autumnIntakeMonth() ? month.getYear() : month.getYear() - 1;
        }

        /** 秋季招生年龄满3岁: the third birthday falls on or before the reference day of the intake year. */
        boolean agedAtIntake(Child child, int intakeYear) {
            LocalDate reference = referenceDay.atYear(intakeYear);
            return !child.birthDate().plusYears(minimumAge).isAfter(reference);
        }
    }

    private static <T> T inForce(Function<LocalDate, T> lookup, LocalDate date) {
        try {
            return lookup.apply(date);
        } catch (ParameterNotInForceException e) {
            throw new PolicyInputException("year", "京技管发〔2024〕30号 第五条 parameters are not in force on " + date
                    + " (" + e.parameter() + ")");
        }
    }

    private static void validate(int year, List<Child> children) {
        if (year < 1 || year > 9999) {
            throw new PolicyInputException("year", "must be a calendar year");
        }
        if (children == null) {
            throw new PolicyInputException("children", "is required (may be empty)");
        }
        DistinctIds ids = new DistinctIds();
        for (int i = 0; i < children.size(); i++) {
            String at = "children[" + i + "]";
            Child child = children.get(i);
            if (child == null) {
                throw new PolicyInputException(at, "is required");
            }
            ids.add(at + ".id", child.id());
            if (child.birthDate() == null) {
                throw new PolicyInputException(at + ".birthDate", "is required");
            }
            if (child.enteredOn() == null) {
                throw new PolicyInputException(at + ".enteredOn", "is required");
            }
            if (child.enteredOn().isBefore(child.birthDate())) {
                throw new PolicyInputException(at + ".enteredOn", "is before the birth date");
            }
            if (child.leftOn() != null && child.leftOn().isBefore(child.enteredOn())) {
                throw new PolicyInputException(at + ".leftOn", "is before the entry date");
            }
            if (child.graduated() && child.leftOn() == null) {
                throw new PolicyInputException(at + ".leftOn",
                        "a graduating child needs the day the leaving formalities were completed");
            }
        }
    }
}
