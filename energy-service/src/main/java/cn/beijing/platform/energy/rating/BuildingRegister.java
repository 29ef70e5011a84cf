package cn.beijing.platform.energy.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.policy.rating.RatingScope;
import cn.beijing.platform.energy.store.BuildingFilter;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.JsonText;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.access.Roles;

/**
 * Registration and update of buildings. The scope decision (12号 第三条, 第八条, 第十五条(二); 13号 第三条) is taken by
 * {@link RatingScope} on the day of registration or update and stored with its basis.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BuildingRegister {

    private final BuildingStore buildings;
    private final RatingScope ratingScope;
    private final JsonText json;
    private final Clock clock;

    /** Call inside the command's transaction. */
    public Mono<BuildingView> register(BuildingData data, CurrentUser user) {
        return Mono.fromCallable(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            String reportingParty = reportingParty(data, user, null);
            return record(UUID.randomUUID(), data, reportingParty, user.subject(), now, now, null);
        }).flatMap(record -> buildings.insert(record).thenReturn(view(record)));
    }

    /** Call inside the command's transaction. */
    public Mono<BuildingView> update(UUID id, BuildingData data, CurrentUser user) {
        return buildings.lock(id)
                .map(existing -> {
                    Access.requireVisible(user, existing);
                    if (!user.hasRole(Roles.DISTRICT)) {
                        Access.requireReportingParty(user, existing);
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                    return record(id, data, reportingParty(data, user, existing), existing.registeredBy(),
                            existing.createdAt(), now, existing.labelAppliedYear());
                })
                .flatMap(record -> buildings.update(record).thenReturn(view(record)));
    }

    public Mono<BuildingView> visible(UUID id, CurrentUser user) {
        return buildings.get(id)
                .map(b -> view(Access.requireVisible(user, b)));
    }

    /** The buildings the caller may see (an owner: those it reports for), filtered; any filter may be null. */
    public Flux<BuildingView> list(String district, BuildingType buildingType, Integer grade, String obligation,
                                   CurrentUser user) {
        boolean authority = user.hasAnyRole(Roles.DISTRICT, Roles.AUTHORITY, Roles.STATISTICS);
        return buildings.list(new BuildingFilter(district, buildingType == null ? null : buildingType.name(), grade,
                obligation, authority ? null : user.subject())).map(this::view);
    }

    private BuildingView view(BuildingRecord b) {
        return BuildingView.of(b, scope(b));
    }

    /** The scope decision of a stored building, as taken at registration or last update. */
    StoredScope scope(BuildingRecord b) {
        return new StoredScope(b.ratingRequired(), b.meetsRatingCriteria(), b.largePublicBuilding(),
                b.ratingDeadlineApplies(), b.statisticsMandatory(), JsonText.codes(b.statisticsCategories()),
                JsonText.codes(b.exemptions()), b.publicShare(), b.scopeDecidedOn(), json.basis(b.scopeBasis()));
    }

    private BuildingRecord record(UUID id, BuildingData d, String reportingParty, String registeredBy,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt, Integer labelAppliedYear) {
        LocalDate today = LocalDate.now(clock);
        if (d.yearBuilt() > today.getYear()) {
            throw new InvalidInputException("yearBuilt", "must not be after the current year " + today.getYear());
        }
        RatingScope.Decision scope = ratingScope.decide(
                new RatingScope.Input(d.totalArea(), d.publicArea(), d.stateSecret(), d.stateOrganOffice(),
                        d.centralGovernmentOffice()), today);
        boolean inRenewalScope = d.inRenewalScope() != null ? d.inRenewalScope()
                : d.buildingType().mainlyOfficeOrCommercial();
        return new BuildingRecord(id, d.name(), d.district(), d.buildingType().name(), d.totalArea(), d.publicArea(),
                d.stateSecret(), d.stateOrganOffice(), d.centralGovernmentOffice(), d.yearBuilt(),
                d.seismicAppraisedAndReinforced(), d.otherSafetyHazardUnresolved(), d.energyRetrofitted(),
                inRenewalScope, d.owner(), d.delegatedManager(), reportingParty, registeredBy,
                scope.ratingRequired(), scope.meetsRatingCriteria(), scope.largePublicBuilding(),
                scope.ratingDeadlineApplies(), scope.statisticsMandatory(),
                JsonText.codes(scope.statisticsCategories()), JsonText.codes(scope.exemptions()), scope.publicShare(),
                json.write(scope.basis()), today, labelAppliedYear, createdAt, updatedAt);
    }

    /**
     * An owner reports for its own buildings; a district registering for an owner names the owner's account
     * ({@code reportingParty}), or keeps the report itself.
     */
    private static String reportingParty(BuildingData d, CurrentUser user, BuildingRecord existing) {
        if (user.hasRole(Roles.DISTRICT)) {
            if (d.reportingParty() != null) {
                return d.reportingParty();
            }
            return existing != null ? existing.reportingParty() : user.subject();
        }
        String current = existing != null ? existing.reportingParty() : user.subject();
        if (d.reportingParty() != null && !d.reportingParty().equals(current)) {
            throw new InvalidInputException("reportingParty", "an owner reports for its own buildings only");
        }
        return current;
    }
}
