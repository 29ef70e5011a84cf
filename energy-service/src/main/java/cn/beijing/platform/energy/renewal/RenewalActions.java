package cn.beijing.platform.energy.renewal;

import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.policy.renewal.RenewalTrialPeriod;
import cn.beijing.platform.energy.policy.renewal.PublicNoticePeriod;
import cn.beijing.platform.energy.policy.renewal.RenewalPriority;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.access.Roles;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.RenewalStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Commands on the renewal ledger: low-efficiency nominations (京建法〔2024〕14号 第八条: districts keep their own
 * criteria; owners may nominate their own building), priority promotion (第九条) and approved plans with their public
 * notice of at least 15 working days (第十八条).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RenewalActions {

    private final BuildingStore buildings;
    private final RenewalStore store;
    private final RenewalLedger ledger;
    private final PublicNoticePeriod publicNoticePeriod;
    private final RenewalPriority renewalPriority;
    private final RenewalTrialPeriod renewalTrialPeriod;
    private final JsonText json;
    private final Clock clock;

    /** A nomination of a building for the low-efficiency ledger (14号 第八条). */
    public record NominationView(UUID id, UUID buildingId, boolean selfNominated, String criteria, String status,
                                 LocalDate decidedOn, List<Basis> basis) {
        static NominationView of(RenewalStore.Nomination n) {
            return new NominationView(n.id(), n.buildingId(), n.selfNominated(), n.criteria(), n.status(),
                    n.decidedOn(), List.of(EnergyDocuments.renewal("第八条")));
        }
    }

    /**
     * An implementation plan and its public notice (14号 第十八条), its working days counted as {@code counting} says
     * (民法典 第二百零一条: {@code FROM_NEXT_DAY}).
     */
    public record PlanView(UUID id, UUID buildingId, String title, LocalDate approvedOn, LocalDate publishedOn,
                           int minimumWorkingDays, PeriodCounting counting, LocalDate earliestLastDay,
                           LocalDate firstDayAfterNotice, LocalDate plannedLastDay, List<Basis> basis) {
    }

    /** An owner nominates its own building, or a district nominates one under its criteria. */
    public Mono<NominationView> nominate(UUID buildingId, String criteria, CurrentUser user) {
        return buildings.lock(buildingId).flatMap(b -> {
            boolean self = !user.hasRole(Roles.DISTRICT);
            if (self) {
                Access.requireReportingParty(user, b);
            }
            requireTrial();
            RenewalStore.Nomination n = new RenewalStore.Nomination(UUID.randomUUID(), buildingId, user.subject(),
                    self, criteria, "NOMINATED", null, null, now());
            return store.nominate(n).thenReturn(NominationView.of(n));
        });
    }

    /** The district accepts (puts the building on its low-efficiency ledger) or rejects a nomination. */
    public Mono<NominationView> decide(UUID nominationId, boolean accepted, CurrentUser user) {
        return store.nomination(nominationId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("nomination " + nominationId)))
                .flatMap(n -> store.decideNomination(nominationId, accepted ? "ACCEPTED" : "REJECTED",
                                user.subject(), LocalDate.now(clock))
                        .flatMap(changed -> changed == 0
                                ? Mono.error(new ConflictException("nomination " + nominationId + " is already "
                                        + n.status()))
                                : store.nomination(nominationId)))
                .map(NominationView::of);
    }

    /** Input of a priority evaluation; the ledger supplies "on the low-efficiency ledger" and "old building". */
    public record PriorityFacts(boolean clearPropertyRights, boolean ownerWillingToPromote,
                                boolean wholeBuildingVacant, boolean relocationCompleted,
                                boolean ownerSeekingMarketPartner, boolean designatedForKeySupport) {
    }

    public Mono<RenewalPriority.Decision> evaluatePriority(UUID buildingId, PriorityFacts facts, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return buildings.lock(buildingId).flatMap(b -> ledger.status(b).flatMap(status -> {
            RenewalPriority.Decision d = renewalPriority.decide(
                    new RenewalPriority.Input(facts.clearPropertyRights(), facts.ownerWillingToPromote(),
                            facts.wholeBuildingVacant(), facts.relocationCompleted(), facts.ownerSeekingMarketPartner(),
                            facts.designatedForKeySupport(), status.onLowEfficiencyLedger(),
                            status.classOne() || status.classTwo()), today);
            return store.keepPriority(new RenewalStore.Priority(buildingId, d.priority(), d.preconditionsMet(),
                    JsonText.codes(d.categories()), json.write(d.basis()), today, user.subject())).thenReturn(d);
        }));
    }

    /**
     * Records an approved implementation plan and its public notice. A planned notice shorter than the minimum of
     * 第十八条 is an input error (422 on {@code plannedLastDay}), as is a span reaching a year without a loaded holiday
     * arrangement.
     */
    public Mono<PlanView> recordPlan(UUID buildingId, String title, LocalDate approvedOn, LocalDate publishedOn,
                                     LocalDate plannedLastDay, CurrentUser user) {
        return buildings.lock(buildingId).flatMap(b -> {
            if (publishedOn.isBefore(approvedOn)) {
                throw new InvalidInputException("publishedOn", "a plan is published after it is approved");
            }
            PublicNoticePeriod.Decision d = publicNoticePeriod.evaluate(publishedOn, plannedLastDay);
            RenewalStore.Plan plan = new RenewalStore.Plan(UUID.randomUUID(), buildingId, title, approvedOn,
                    publishedOn, d.minimumWorkingDays(), d.counting(), d.earliestLastDay(), d.firstDayAfterNotice(),
                    plannedLastDay, json.write(d.basis()), user.subject(), now());
            return store.recordPlan(plan).thenReturn(new PlanView(plan.id(), buildingId, plan.title(),
                    plan.approvedOn(), plan.publishedOn(), plan.minimumWorkingDays(), plan.counting(),
                    plan.earliestLastDay(), plan.firstDayAfterNotice(), plan.plannedLastDay(), d.basis()));
        });
    }

    private void requireTrial() {
        renewalTrialPeriod.requireInForce(LocalDate.now(clock), "date");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
