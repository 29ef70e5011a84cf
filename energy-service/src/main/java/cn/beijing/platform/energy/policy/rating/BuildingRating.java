package cn.beijing.platform.energy.policy.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;

/**
 * The rating of one year of a building (京建法〔2024〕12号), decided at once from one snapshot of what the workflow
 * loaded: the intensity (第四条) with the conversion factors in force for the year, the grade (第五条) against the G
 * and C of the building's type, the obligations of 第九条 and the consecutive grade-5 retrofit (第九条第三款, 第十三条)
 * for the year — and for the next year when it is already rated — each obligation with the article that justifies
 * it, and the rating deadline of 第八条. Plain Java: the snapshot carries every date and every stored fact.
 */
public final class BuildingRating {

    /** Why a rating is refused. */
    public enum RefusalCode {
        /** 第三条第二款 (state secrets), 第十五条(二) (central-government offices). */
        RATING_EXEMPT
    }

    /** The G and C imported for the building's type and the year. */
    public record Limits(BigDecimal guideValue, BigDecimal constraintValue, boolean sample) {
    }

    /** What the district recorded for a year: the time limit of its correction order, a retrofit carried out. */
    public record YearRecords(LocalDate correctionDeadline, boolean retrofitImplemented) {
    }

    /** The next year's rating, already on record: its day and records (a re-rating of Y may change Y+1's retrofit). */
    public record NextYear(LocalDate ratedOn, YearRecords records) {
    }

    /**
     * Everything the rating of {@code year} reads, loaded once.
     *
     * @param limits      absent when no table is imported for the year and the building's type
     * @param consumption the year's report as the intensity reads it; absent when none is reported
     * @param factors     the conversion factors in force for the year (imported or shipped)
     * @param otherYears  the grades of the building's other rated years
     * @param next        the next year's rating, if one is on record
     */
    public record Snapshot(int year, LocalDate today, Set<RatingScope.RatingExemption> exemptions,
                           boolean ratingDeadlineApplies, Optional<Limits> limits,
                           Optional<ComprehensiveIntensity.Input> consumption,
                           InForce<ComprehensiveIntensity.ConversionFactors> factors,
                           List<RetrofitObligation.AnnualGrade> otherYears, YearRecords records,
                           Optional<NextYear> next) {

        public Snapshot {
            Objects.requireNonNull(today, "today");
            exemptions = Set.copyOf(exemptions);
            otherYears = List.copyOf(otherYears);
            Objects.requireNonNull(records, "records");
        }
    }

    /** An obligation the rating requires for {@code year}, with the articles that justify it. */
    public record RequiredObligation(int year, String code, List<Basis> basis) {

        public RequiredObligation {
            basis = List.copyOf(basis);
        }
    }

    /** A missing input of the snapshot: the field to name in a 422 and why. */
    public record MissingInput(String field, String reason) {
    }

    /**
     * The rating, or why it cannot be made. Accepted: the decisions it is made of, the codes of 第九条 and the retrofit
     * measures, the obligations to keep open for the year (and the next), within the codes each may withdraw; the
     * rating deadline and whether it was met (large public buildings only).
     *
     * @param required     the obligations of {@code year} that must be open after the rating
     * @param scope        the codes of {@code year} the rating raises or withdraws
     *                     ({@link ObligationCodes#FROM_RATING})
     * @param requiredNext the obligations of {@code year + 1}, when it is rated; empty otherwise
     * @param scopeNext    the codes of {@code year + 1} the rating raises or withdraws; empty when it is not rated
     * @param fulfilled    the obligations of {@code year} the rating fulfils (an overdue rating, once rated)
     */
    public record Decision(boolean accepted, List<Refusal> refusals, List<MissingInput> missing,
                           ComprehensiveIntensity.Decision intensity, EnergyGrade.Decision grade,
                           RetrofitObligation.Decision retrofit, BigDecimal ratioToConstraint,
                           LocalDate ratingDeadline, Boolean ratedOnTime, List<String> obligations,
                           List<RequiredObligation> required, Set<String> scope,
                           List<RequiredObligation> requiredNext, Set<String> scopeNext, List<String> fulfilled,
                           List<Basis> basis) {

        public Decision {
            refusals = List.copyOf(refusals);
            missing = List.copyOf(missing);
            obligations = List.copyOf(obligations);
            required = List.copyOf(required);
            scope = Set.copyOf(scope);
            requiredNext = List.copyOf(requiredNext);
            scopeNext = Set.copyOf(scopeNext);
            fulfilled = List.copyOf(fulfilled);
            basis = List.copyOf(basis);
        }

        static Decision refused(List<Refusal> refusals, List<MissingInput> missing) {
            List<Basis> basis = new ArrayList<>();
            refusals.forEach(r -> r.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add));
            return new Decision(false, refusals, missing, null, null, null, null, null, null, List.of(), List.of(),
                    Set.of(), List.of(), Set.of(), List.of(), basis);
        }
    }

    private final ComprehensiveIntensity comprehensiveIntensity;
    private final EnergyGrade energyGrade;
    private final RetrofitObligation retrofitObligation;

    public BuildingRating(ComprehensiveIntensity comprehensiveIntensity, EnergyGrade energyGrade,
                          RetrofitObligation retrofitObligation) {
        this.comprehensiveIntensity = Objects.requireNonNull(comprehensiveIntensity);
        this.energyGrade = Objects.requireNonNull(energyGrade);
        this.retrofitObligation = Objects.requireNonNull(retrofitObligation);
    }

    /**
     * Rates {@code year} on {@code today}. Refused for an exempt building; a year that has not ended, or one the
     * rules do not cover, is an input error on {@code year}; missing limits or consumption are returned as
     * {@link Decision#missing()}, all of them at once.
     */
    public Decision rate(Snapshot s) {
        Objects.requireNonNull(s, "snapshot");
        List<Refusal> refusals = new ArrayList<>();
        if (s.exemptions().contains(RatingScope.RatingExemption.STATE_SECRET)) {
            refusals.add(new Refusal(RefusalCode.RATING_EXEMPT.name(),
                    "a public building involving state secrets is not rated", EnergyDocuments.rating("第三条")));
        } else if (s.exemptions().contains(RatingScope.RatingExemption.CENTRAL_GOVERNMENT_OFFICE)) {
            refusals.add(new Refusal(RefusalCode.RATING_EXEMPT.name(),
                    "central-government office areas are rated under separate rules",
                    EnergyDocuments.rating("第十五条(二)")));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals, List.of());
        }
        int year = s.year();
        if (year >= s.today().getYear()) {
            throw new PolicyInputException("year", "a year can be rated once it has ended");
        }
        LocalDate deadline = PolicyInputException.renaming("ratingYear", "year",
                () -> retrofitObligation.ratingDeadline(year));
        List<MissingInput> missing = new ArrayList<>();
        if (s.limits().isEmpty()) {
            missing.add(new MissingInput("year", "no guide/constraint values are imported for " + year
                    + " and the building's type"));
        }
        if (s.consumption().isEmpty()) {
            missing.add(new MissingInput("consumption", "no consumption is reported for " + year));
        }
        if (!missing.isEmpty()) {
            return Decision.refused(List.of(), missing);
        }
        Limits limits = s.limits().get();
        ComprehensiveIntensity.Decision intensity = comprehensiveIntensity.evaluate(s.consumption().get(), s.today(),
                s.factors());
        EnergyGrade.Decision grade = energyGrade.decide(
                new EnergyGrade.Input(intensity.intensity(), limits.guideValue(), limits.constraintValue()), s.today());
        List<RetrofitObligation.AnnualGrade> grades = new ArrayList<>();
        s.otherYears().stream().filter(g -> g.year() != year).forEach(grades::add);
        grades.add(new RetrofitObligation.AnnualGrade(year, grade.grade()));
        RetrofitObligation.Decision retrofit = retrofit(s, year, grades, s.today(), s.records());
        Optional<RetrofitObligation.Decision> nextRetrofit = s.next()
                .map(n -> retrofit(s, year + 1, grades, n.ratedOn(), n.records()));

        List<String> codes = new ArrayList<>();
        grade.obligations().forEach(o -> codes.add(o.name()));
        retrofit.measures().forEach(m -> codes.add(m.name()));
        Set<Basis> basis = new LinkedHashSet<>(intensity.basis());
        basis.addAll(grade.basis());
        basis.addAll(retrofit.basis());

        List<RequiredObligation> required = new ArrayList<>();
        for (EnergyGrade.Obligation o : grade.obligations()) {
            if (ObligationCodes.FROM_RATING.contains(o.name())) {
                required.add(new RequiredObligation(year, o.name(), articles(grade.basis(), "第九条")));
            }
        }
        retrofit.measures().forEach(m -> required.add(new RequiredObligation(year, m.name(), basisOf(m, retrofit))));
        List<RequiredObligation> requiredNext = new ArrayList<>();
        nextRetrofit.ifPresent(next -> next.measures().stream()
                .filter(m -> ObligationCodes.FROM_RATING.contains(m.name()))
                .forEach(m -> requiredNext.add(new RequiredObligation(year + 1, m.name(), basisOf(m, next)))));

        BigDecimal ratio = intensity.intensity().divide(limits.constraintValue(), 4, RoundingMode.HALF_UP);
        boolean deadlineApplies = s.ratingDeadlineApplies();
        return new Decision(true, List.of(), List.of(), intensity, grade, retrofit, ratio,
                deadlineApplies ? deadline : null, deadlineApplies ? retrofit.ratedOnTime() : null, codes, required,
                ObligationCodes.FROM_RATING, requiredNext,
                nextRetrofit.isPresent() ? ObligationCodes.RETROFIT : Set.of(),
                List.of(RetrofitObligation.Measure.OVERDUE_RATING.name()), List.copyOf(basis));
    }

    /** 第八条, 第十三条: the escalations of a missing rating that {@code decision} triggers, each with its articles. */
    public List<RequiredObligation> overdueObligations(RetrofitObligation.Decision decision) {
        List<RequiredObligation> obligations = new ArrayList<>();
        for (RetrofitObligation.Measure m : decision.measures()) {
            if (ObligationCodes.FROM_OVERDUE.contains(m.name())
                    && obligations.stream().noneMatch(o -> o.code().equals(m.name()))) {
                obligations.add(new RequiredObligation(decision.ratingYear(), m.name(), basisOf(m, decision)));
            }
        }
        return obligations;
    }

    /**
     * 第十二条: only buildings of the eligible grades may apply for demonstration; the refusal cites the rating's
     * basis.
     */
    public Optional<Refusal> demonstrationRefusal(int grade, boolean demonstrationEligible, List<Basis> ratingBasis) {
        if (demonstrationEligible) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("DEMONSTRATION_NOT_ELIGIBLE", "only grade 1 or 2 buildings may apply for "
                + "demonstration (grade " + grade + ")", articles(ratingBasis, "第十二条")));
    }

    private RetrofitObligation.Decision retrofit(Snapshot s, int year, List<RetrofitObligation.AnnualGrade> grades,
                                                 LocalDate ratedOn, YearRecords records) {
        return retrofitObligation.decide(new RetrofitObligation.Input(s.ratingDeadlineApplies(), year, grades,
                ratedOn, records.correctionDeadline(), records.retrofitImplemented()), s.today());
    }

    /** The articles that justify a measure of {@link RetrofitObligation}. */
    private static List<Basis> basisOf(RetrofitObligation.Measure measure, RetrofitObligation.Decision d) {
        return switch (measure) {
            case RETROFIT_REQUIRED -> articles(d.basis(), "第九条");
            case GREEN_DEVELOPMENT_REGULATION_ARTICLE_59 -> articles(d.basis(), "第十三条", "第五十九条");
            case OVERDUE_RATING, CREDIT_SYSTEM_ENTRY -> articles(d.basis(), "第八条", "第十三条");
        };
    }

    /** The entries of {@code basis} citing one of {@code articles}; all of it when none does. */
    private static List<Basis> articles(List<Basis> basis, String... articles) {
        List<Basis> selected = basis.stream().filter(x -> List.of(articles).contains(x.article())).toList();
        return selected.isEmpty() ? basis : selected;
    }
}
