package cn.beijing.platform.subsidy.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Refusal;

/**
 * 就高不重复 / 从优不重复 across an applicant's approvals: the claims of an application being approved against the
 * grants of its earlier approvals that still stand. Each document says which claims exclude each other (an exclusive
 * group: 33号 第十二条's {第十一条, 第十二条}, 31号 附则12's one project in a year, 16号's one hire); the support of a
 * group is never paid twice:
 * <ul>
 * <li>a claim sharing no group with a standing grant is granted in full ({@link Result#GRANTED});</li>
 * <li>a claim not above what its group already received is superseded by the earlier approval
 * ({@link Result#SUPERSEDED_BY_EARLIER_APPROVAL}, nothing paid);</li>
 * <li>[platform rule] a claim above it is paid the difference ({@link Result#TOPPED_UP}), so that the applicant ends
 * with the highest and never both — when the document's terms say so (parameter {@code later_higher_claim_tops_up});
 * otherwise it is superseded too and the earlier approval has to be withdrawn first.</li>
 * </ul>
 * A claim in several groups is measured against the one that received most. Plain Java: the workflow loads the
 * standing grants and writes the result.
 */
public final class SupportWithoutDuplication {

    private SupportWithoutDuplication() {
    }

    /**
     * The key of one project of one applicant in one year: 31号 三、附则 12 and 33号 三、附则 4 both say "同一企业的同一
     * 项目" qualifying under this and other Yizhuang policies gets one support, so both documents share it.
     */
    public static String sameProject(int year, String projectId) {
        return "project|" + year + "|" + Inputs.required("projectId", projectId);
    }

    /** A set of claims that exclude each other, keyed so that two applications' claims can be compared. */
    public record ExclusiveGroup(String key, Basis basis) {
    }

    /** A claim the application being approved was granted on submission. */
    public record Claim(int claimNo, String article, BigDecimal amount, List<ExclusiveGroup> groups) {
        public Claim {
            groups = List.copyOf(groups);
        }
    }

    /** What an earlier approval of the same applicant still grants (approved, not refused, not clawed back). */
    public record StandingGrant(UUID applicationId, int claimNo, String article, BigDecimal amount,
                                List<String> groupKeys) {
        public StandingGrant {
            groupKeys = List.copyOf(groupKeys);
        }
    }

    public enum Result {
        GRANTED,
        /** Paid the difference above what its group already received. */
        TOPPED_UP,
        /** Its group already received as much or more: nothing paid. */
        SUPERSEDED_BY_EARLIER_APPROVAL
    }

    /**
     * @param earlierApplicationId the earlier approval the claim was measured against, or {@code null}
     * @param earlierArticle       the article of that approval's largest grant in the group
     */
    public record ClaimApproval(int claimNo, Result result, BigDecimal amount, UUID earlierApplicationId,
                                String earlierArticle, List<String> groupKeys, List<Basis> basis) implements Decision {
        public ClaimApproval {
            groupKeys = List.copyOf(groupKeys);
            basis = List.copyOf(basis);
        }
    }

    /**
     * @param amount   what the approval pays: the sum of the claims' amounts
     * @param refusals set when nothing is left to pay because earlier approvals already granted it all
     */
    public record Approval(List<ClaimApproval> claims, BigDecimal amount, List<Refusal> refusals, List<Basis> basis)
            implements Decision {
        public Approval {
            claims = List.copyOf(claims);
            refusals = List.copyOf(refusals);
            basis = List.copyOf(basis);
        }

        public boolean approvable() {
            return refusals.isEmpty();
        }
    }

    /**
     * @param refusalCode the code of the refusal when every claim is superseded (e.g. HIGHEST_ONLY_ALREADY_GRANTED)
     * @param terms       the basis of the document's terms (its parameter version)
     */
    public static Approval approve(List<Claim> claims, List<StandingGrant> standing, boolean laterHigherTopsUp,
                                   String refusalCode, Basis terms) {
        Inputs.required("claims", claims);
        Inputs.required("standing", standing);
        Map<String, List<StandingGrant>> byGroup = new LinkedHashMap<>();
        for (StandingGrant grant : standing) {
            for (String key : grant.groupKeys()) {
                byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(grant);
            }
        }
        List<ClaimApproval> approvals = new ArrayList<>();
        List<Basis> basis = new ArrayList<>(List.of(terms));
        BigDecimal total = Money.ZERO;
        List<Basis> supersededBasis = new ArrayList<>();
        for (Claim claim : claims) {
            BigDecimal received = Money.ZERO;
            ExclusiveGroup measuredAgainst = null;
            for (ExclusiveGroup group : claim.groups()) {
                BigDecimal sum = Money.ZERO;
                for (StandingGrant grant : byGroup.getOrDefault(group.key(), List.of())) {
                    sum = sum.add(grant.amount());
                }
                if (sum.compareTo(received) > 0) {
                    received = sum;
                    measuredAgainst = group;
                }
            }
            List<String> keys = claim.groups().stream().map(ExclusiveGroup::key).toList();
            if (measuredAgainst == null) {
                approvals.add(new ClaimApproval(claim.claimNo(), Result.GRANTED, Money.yuan(claim.amount()), null,
                        null, keys, List.of(terms)));
                total = total.add(Money.yuan(claim.amount()));
            } else {
                StandingGrant largest = byGroup.get(measuredAgainst.key()).stream()
                        .max((a, b) -> a.amount().compareTo(b.amount())).orElseThrow();
                boolean above = claim.amount().compareTo(received) > 0;
                List<Basis> claimBasis = Citation.merge(List.of(measuredAgainst.basis()), List.of(terms));
                if (above && laterHigherTopsUp) {
                    BigDecimal difference = Money.yuan(claim.amount().subtract(received));
                    approvals.add(new ClaimApproval(claim.claimNo(), Result.TOPPED_UP, difference,
                            largest.applicationId(), largest.article(), keys, claimBasis));
                    total = total.add(difference);
                } else {
                    approvals.add(new ClaimApproval(claim.claimNo(), Result.SUPERSEDED_BY_EARLIER_APPROVAL,
                            Money.ZERO, largest.applicationId(), largest.article(), keys, claimBasis));
                    supersededBasis = Citation.merge(supersededBasis, List.of(measuredAgainst.basis()));
                }
                basis = new ArrayList<>(Citation.merge(basis, List.of(measuredAgainst.basis())));
            }
            // a later claim of the same application in the same group counts what this one was paid
            ClaimApproval decided = approvals.get(approvals.size() - 1);
            if (decided.amount().signum() > 0) {
                StandingGrant paid = new StandingGrant(null, claim.claimNo(), claim.article(), decided.amount(),
                        keys);
                keys.forEach(k -> byGroup.computeIfAbsent(k, x -> new ArrayList<>()).add(paid));
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        if (total.signum() == 0 && !supersededBasis.isEmpty()) {
            refusals.add(new Refusal(refusalCode, "every claim of the application was already granted, as much or "
                    + "more, by an earlier approval of the applicant that still stands", supersededBasis));
        }
        return new Approval(approvals, total, refusals, basis);
    }
}
