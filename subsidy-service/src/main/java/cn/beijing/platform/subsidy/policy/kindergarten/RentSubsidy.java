package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 租金补助 (京技管发〔2024〕30号 第六条): {@code min(actual rent per m² per day, 5) × subsidised area × days}, the
 * subsidised area being the leased kindergarten area capped at the per-child building area of
 * 《幼儿园建设标准》(建标[2016]246号) × children; and the lease conditions (first lease of a new kindergarten 6
 * years or more, third-party price appraisal), paid in the fourth quarter.
 */
@Rule(id = "kindergarten-rent", document = Documents.KINDERGARTEN, article = "第六条",
        parameters = {"kindergarten-rent-daily-rate-cap", "kindergarten-first-lease-minimum-term", "kindergarten-rent-payment-quarter"})
public final class RentSubsidy implements Decides<RentSubsidy.RentEvaluation, RentSubsidy.RentDecision> {

    private static final String ARTICLE = "第六条";

    private final EffectiveDated<BigDecimal> rentDailyRateCap;
    private final EffectiveDated<Integer> firstLeaseMinimumTerm;
    private final EffectiveDated<Integer> rentPaymentQuarter;

    public RentSubsidy(ParameterSet parameters) {
        this.rentDailyRateCap = parameters.get("kindergarten-rent-daily-rate-cap", BigDecimal.class);
        this.firstLeaseMinimumTerm = parameters.get("kindergarten-first-lease-minimum-term", Integer.class);
        this.rentPaymentQuarter = parameters.get("kindergarten-rent-payment-quarter", Integer.class);
    }

    /**
     * @param actualRentPerSquareMetrePerDay the appraised actual rent, yuan per m² per day
     * @param leasedArea                     building area used as kindergarten in the lease, m²
     * @param children                       children the area cap is computed for
     * @param perChildAreaCap                per-child building area of 建标[2016]246号 for the kindergarten's size, m²
     *                                       (not printed in the gazette: supplied by the caller)
     * @param days                           days of the period subsidised
     */
    public record RentEvaluation(BigDecimal actualRentPerSquareMetrePerDay, BigDecimal leasedArea, int children,
                                 BigDecimal perChildAreaCap, int days) {
    }

    public record RentDecision(BigDecimal dailyRate, BigDecimal subsidisedArea, BigDecimal amount, boolean rateCapped,
                               boolean areaCapped, List<Basis> basis) implements Decision {
    }

    /**
     * @param signedWithOwner            a lease signed with the owner of the premises as the law requires
     * @param newKindergarten            a newly opened kindergarten (its first lease must run 6 years or more)
     * @param leaseStart                 first day of the (first) lease
     * @param leaseEnd                   last day of the (first) lease, inclusive
     * @param thirdPartyAppraisalReport  a formal report of a qualified third-party price appraiser exists
     */
    public record Lease(boolean signedWithOwner, boolean newKindergarten, LocalDate leaseStart, LocalDate leaseEnd,
                        boolean thirdPartyAppraisalReport) {
    }

    /** @param paymentQuarter 原则上每年第四季度拨付 */
    public record LeaseDecision(boolean eligible, List<Failure> failures, int paymentQuarter, List<Basis> basis)
            implements Decision {
    }

    @Override
    public RentDecision decide(RentEvaluation in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public RentDecision evaluate(RentEvaluation in, LocalDate decisionDate) {
        Objects.requireNonNull(in, "in");
        Inputs.nonNegative("actualRentPerSquareMetrePerDay", in.actualRentPerSquareMetrePerDay());
        Inputs.nonNegative("leasedArea", in.leasedArea());
        Inputs.nonNegative("perChildAreaCap", in.perChildAreaCap());
        if (in.children() < 0) {
            throw new PolicyInputException("children", "must not be negative");
        }
        if (in.days() < 0) {
            throw new PolicyInputException("days", "must not be negative");
        }
        BigDecimal cap = Inputs.inForce(this.rentDailyRateCap, decisionDate);
        BigDecimal dailyRate = Money.min(in.actualRentPerSquareMetrePerDay(), cap);
        BigDecimal areaCap = in.perChildAreaCap().multiply(BigDecimal.valueOf(in.children()));
        BigDecimal subsidisedArea = Money.min(in.leasedArea(), areaCap);
        BigDecimal amount = Money.yuan(dailyRate.multiply(subsidisedArea).multiply(BigDecimal.valueOf(in.days())));
        return new RentDecision(dailyRate, subsidisedArea, amount,
                in.actualRentPerSquareMetrePerDay().compareTo(cap) > 0, in.leasedArea().compareTo(areaCap) > 0,
                List.of(Citation.of(Documents.KINDERGARTEN, ARTICLE, decisionDate, rentDailyRateCap)));
    }

    public LeaseDecision checkLease(Lease lease, LocalDate decisionDate) {
        Objects.requireNonNull(lease, "lease");
        if (lease.leaseStart() == null) {
            throw new PolicyInputException("leaseStart", "is required");
        }
        if (lease.leaseEnd() == null) {
            throw new PolicyInputException("leaseEnd", "is required");
        }
        if (lease.leaseEnd().isBefore(lease.leaseStart())) {
            throw new PolicyInputException("leaseEnd", "is before the lease start");
        }
        int minimumYears = Inputs.inForce(this.firstLeaseMinimumTerm, decisionDate);
        int quarter = Inputs.inForce(this.rentPaymentQuarter, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!lease.signedWithOwner()) {
            failures.add(failure("LEASE_NOT_SIGNED_WITH_OWNER",
                    "the lease must be signed with the owner of the premises"));
        }
        // 6年以上: a lease of exactly six years (end day inclusive) qualifies.
        if (lease.newKindergarten()
                && lease.leaseStart().plusYears(minimumYears).isAfter(lease.leaseEnd().plusDays(1))) {
            failures.add(failure("FIRST_LEASE_TOO_SHORT",
                    "the first lease of a new kindergarten must run " + minimumYears + " years or more"));
        }
        if (!lease.thirdPartyAppraisalReport()) {
            failures.add(failure("NO_THIRD_PARTY_APPRAISAL",
                    "the rent must be appraised by a qualified third-party price appraiser with a formal report"));
        }
        return new LeaseDecision(failures.isEmpty(), List.copyOf(failures), quarter,
                List.of(Citation.of(Documents.KINDERGARTEN, ARTICLE, decisionDate, firstLeaseMinimumTerm,
                        rentPaymentQuarter)));
    }

    private static Failure failure(String code, String message) {
        return new Failure(code, Documents.KINDERGARTEN, ARTICLE, message);
    }
}
