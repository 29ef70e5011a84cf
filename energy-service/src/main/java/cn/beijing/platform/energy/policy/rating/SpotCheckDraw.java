package cn.beijing.platform.energy.policy.rating;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.AnnualDeadline;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * A district's annual spot check (京建法〔2024〕12号 第十条): by September 30 each district randomly checks 5% of its
 * large public buildings' ratings, and checks every building that applied for an energy-grade label.
 *
 * <p>[platform rule] sample size {@code ceil(ratio × n)}; the draw is reproducible: candidate ids are de-duplicated
 * and sorted ({@link String#compareTo}), then the first {@code k} positions of a Fisher-Yates shuffle driven by
 * {@link SplitMix64} seeded with the recorded seed are taken. Same seed and same set of ids → same draw, whatever
 * the order the ids were given in.
 */
@Rule(id = "spot-check-draw", document = EnergyDocuments.RATING, article = "第十条",
        parameters = {"spot-check-sample-ratio", "spot-check-deadline"})
public final class SpotCheckDraw implements Decides<SpotCheckDraw.Input, SpotCheckDraw.Decision> {


    /**
     * @param district                 the district (or 北京经济技术开发区) drawing
     * @param year                     the year of the check
     * @param largePublicBuildingIds   the district's large public buildings subject to rating
     * @param labelApplicantIds        buildings that applied for an energy-grade label (all are checked)
     * @param seed                     the recorded seed
     */
    public record Input(String district, int year, List<String> largePublicBuildingIds,
                        List<String> labelApplicantIds, long seed) {
    }

    /**
     * @param population       number of distinct large public buildings
     * @param sampleSize       ceil(ratio × population)
     * @param randomSample     the drawn ids, sorted
     * @param labelChecks      label applicants, sorted
     * @param buildingsToCheck union of both, sorted
     * @param deadline         last day of the check
     * @param algorithm        how the draw was made, to replay it
     */
    public record Decision(String district, int year, long seed, int population, int sampleSize,
                           List<String> randomSample, List<String> labelChecks, List<String> buildingsToCheck,
                           LocalDate deadline, String algorithm, List<Basis> basis) {
        public Decision {
            randomSample = List.copyOf(randomSample);
            labelChecks = List.copyOf(labelChecks);
            buildingsToCheck = List.copyOf(buildingsToCheck);
            basis = List.copyOf(basis);
        }
    }

    /** 第十条 "按照5%的比例". */
    private final EffectiveDated<BigDecimal> sampleRatio;
    /** 第十条 "每年9月底前" (September 30 of the draw year). */
    private final EffectiveDated<AnnualDeadline> deadline;

    public SpotCheckDraw(ParameterSet parameters) {
        sampleRatio = parameters.get("spot-check-sample-ratio", ParameterNode::ratio);
        deadline = parameters.get("spot-check-deadline", v -> new AnnualDeadline(AnnualDeadline.monthDay(v, ""), 0));
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        return draw(input, decisionDate);
    }

    /** {@code ceil(ratio × population)} under the ratio in force on {@code decisionDate}. */
    public int sampleSize(int population, LocalDate decisionDate) {
        if (population < 0) {
            throw new PolicyInputException("largePublicBuildingIds", "population must not be negative");
        }
        BigDecimal ratio = sampleRatio.on(decisionDate).value();
        return ratio.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public Decision draw(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        Inputs.required("decisionDate", decisionDate);
        String district = Inputs.nonBlank("district", input.district());
        List<String> candidates = sortedDistinct(input.largePublicBuildingIds(), "largePublicBuildingIds");
        List<String> labelled = sortedDistinct(input.labelApplicantIds(), "labelApplicantIds");
        InForce<BigDecimal> ratio = sampleRatio.on(decisionDate);
        InForce<AnnualDeadline> deadline = this.deadline
                .governing(rule -> rule.forYear(input.year()), "year");

        int n = candidates.size();
        int k = sampleSize(n, decisionDate);
        List<String> pool = new ArrayList<>(candidates);
        SplitMix64 random = new SplitMix64(input.seed());
        for (int i = 0; i < k; i++) {
            int j = i + random.nextIndex(n - i);
            String swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        List<String> sample = new ArrayList<>(pool.subList(0, k));
        sample.sort(null);
        TreeSet<String> all = new TreeSet<>(sample);
        all.addAll(labelled);

        List<Basis> basis = List.of(
                EnergyDocuments.withAll(EnergyDocuments.rating("第十条"), ratio, deadline));
        return new Decision(district, input.year(), input.seed(), n, k, sample, labelled, new ArrayList<>(all),
                deadline.value().forYear(input.year()), SplitMix64.DESCRIPTION, basis);
    }

    private static List<String> sortedDistinct(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = Inputs.nonBlank(field + "[" + i + "]", ids.get(i));
            if (!seen.add(id)) {
                throw new PolicyInputException(field + "[" + i + "]", "id " + id + " appears twice");
            }
        }
        return new ArrayList<>(new TreeSet<>(seen));
    }
}
