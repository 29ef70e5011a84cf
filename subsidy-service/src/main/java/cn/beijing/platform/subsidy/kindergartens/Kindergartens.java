package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.KindergartenStore;
import cn.beijing.platform.subsidy.store.KindergartenStore.ChildRow;
import cn.beijing.platform.subsidy.store.KindergartenStore.KindergartenRow;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import cn.beijing.platform.subsidy.access.Callers;

/**
 * Inclusive private kindergartens (京技管发〔2024〕30号 第二条) and their rosters: entry, autumn small-class intake,
 * leaving and graduation, as the 学前管理系统 records them (第五条 counts from these dates). Children are held by the
 * kindergarten's own reference and birth date only; no names.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Kindergartens {

    private final KindergartenStore store;
    private final PerChildSubsidySettlement settlement;
    private final Jsonb jsonb;
    private final Clock clock;

    /** A fee item and its standard as the kindergarten publishes it (第十四条: 收费项目和标准). */
    public record FeeItem(String item, BigDecimal standard, String unit) {
    }

    public record Registration(String name, String address, int classes, int capacity, BigDecimal monthlyFeeStandard,
                               List<FeeItem> feeItems, LocalDate registeredOn) {
    }

    public record KindergartenView(UUID id, String organisationId, String name, String address, int classes,
                                   int capacity, BigDecimal monthlyFeeStandard, JsonNode feeItems,
                                   KindergartenStatus status, LocalDate registeredOn) {
    }

    public record ChildView(String childRef, LocalDate birthDate, LocalDate enteredOn, boolean autumnIntake,
                            LocalDate leftOn, boolean graduated) {
    }

    public Mono<KindergartenView> register(CurrentUser user, Registration r) {
        String organisation = Callers.organisation(user);
        LocalDate on = r.registeredOn() != null ? r.registeredOn() : today();
        notAfterToday("registeredOn", on);
        KindergartenRow row = new KindergartenRow(UUID.randomUUID(), organisation, r.name(), r.address(), r.classes(),
                r.capacity(), r.monthlyFeeStandard(), jsonb.write(r.feeItems()),
                KindergartenStatus.ACTIVE, on);
        return store.insert(row).thenReturn(view(row));
    }

    public Mono<KindergartenView> get(CurrentUser user, UUID id) {
        return visible(user, id).map(this::view);
    }

    public Flux<KindergartenView> list(CurrentUser user) {
        return store.list(Callers.listedOrganisation(user)).map(this::view);
    }

    /** 第五条: a new child counts from the month entry is completed; an autumn intake from September. */
    public Mono<ChildView> enter(CurrentUser user, UUID kindergartenId, String childRef, LocalDate birthDate,
                                 LocalDate enteredOn, boolean autumnIntake) {
        if (enteredOn.isBefore(birthDate)) {
            throw new InvalidInputException("enteredOn", "is before the birth date");
        }
        notAfterToday("birthDate", birthDate);
        notAfterToday("enteredOn", enteredOn);
        return owned(user, kindergartenId)
                .flatMap(k -> store.insertChild(new ChildRow(kindergartenId, childRef, birthDate, enteredOn,
                        autumnIntake, null, false)))
                .flatMap(inserted -> inserted ? Mono.just(new ChildView(childRef, birthDate, enteredOn, autumnIntake,
                        null, false))
                        : Mono.error(new ConflictException("child " + childRef + " is already on the roster")));
    }

    /** 第五条: a leaving child stops counting from the month the formalities are completed; a graduate from the next. */
    public Mono<ChildView> leave(CurrentUser user, UUID kindergartenId, String childRef, LocalDate leftOn,
                                 boolean graduated) {
        notAfterToday("leftOn", leftOn);
        return owned(user, kindergartenId)
                .then(store.child(kindergartenId, childRef))
                .switchIfEmpty(Mono.error(new NotFoundException("child " + childRef)))
                .flatMap(child -> {
                    if (child.leftOn() != null) {
                        return Mono.error(new ConflictException("child " + childRef + " has already left"));
                    }
                    if (leftOn.isBefore(child.enteredOn())) {
                        return Mono.error(new InvalidInputException("leftOn", "is before the entry date"));
                    }
                    return store.recordLeaving(kindergartenId, childRef, leftOn, graduated)
                            .thenReturn(new ChildView(childRef, child.birthDate(), child.enteredOn(),
                                    child.autumnIntake(), leftOn, graduated));
                });
    }

    /** The graduating class leaves on one day (第五条: counted up to the graduation month). */
    public Flux<ChildView> graduate(CurrentUser user, UUID kindergartenId, LocalDate graduatedOn,
                                    List<String> childRefs) {
        notAfterToday("graduatedOn", graduatedOn);
        return owned(user, kindergartenId)
                .then(store.children(kindergartenId).collectList())
                .flatMapMany(roster -> {
                    List<FieldError> errors = new ArrayList<>();
                    List<ChildRow> graduating = new ArrayList<>();
                    for (int i = 0; i < childRefs.size(); i++) {
                        String ref = childRefs.get(i);
                        ChildRow child = roster.stream().filter(c -> c.childRef().equals(ref)).findFirst().orElse(null);
                        if (child == null) {
                            errors.add(new FieldError("childRefs[" + i + "]", "is not on the roster"));
                        } else if (child.leftOn() != null) {
                            errors.add(new FieldError("childRefs[" + i + "]", "has already left"));
                        } else if (graduatedOn.isBefore(child.enteredOn())) {
                            errors.add(new FieldError("graduatedOn", "is before the entry date of childRefs[" + i + "]"));
                        } else if (graduating.contains(child)) {
                            errors.add(new FieldError("childRefs[" + i + "]", "appears twice"));
                        } else {
                            graduating.add(child);
                        }
                    }
                    if (!errors.isEmpty()) {
                        return Flux.error(new InvalidInputException(errors));
                    }
                    return Flux.fromIterable(graduating).concatMap(c -> store
                            .recordLeaving(kindergartenId, c.childRef(), graduatedOn, true)
                            .thenReturn(new ChildView(c.childRef(), c.birthDate(), c.enteredOn(), c.autumnIntake(),
                                    graduatedOn, true)));
                });
    }

    public Flux<ChildView> roster(CurrentUser user, UUID kindergartenId) {
        return visible(user, kindergartenId).thenMany(store.children(kindergartenId)).map(Kindergartens::childView);
    }

    /** 第五条 on the stored roster: the same policy code as the calculator. */
    public Mono<PerChildSubsidySettlement.SettlementDecision> settlement(CurrentUser user, UUID kindergartenId,
                                                                         int year) {
        return visible(user, kindergartenId).then(policyChildren(kindergartenId))
                .map(children -> settlement.settle(year, children));
    }

    /** The roster as the policy reads it. */
    public Mono<List<PerChildSubsidySettlement.Child>> policyChildren(UUID kindergartenId) {
        return store.children(kindergartenId)
                .map(c -> new PerChildSubsidySettlement.Child(c.childRef(), c.birthDate(), c.enteredOn(),
                        c.autumnIntake(), c.leftOn(), c.graduated()))
                .collectList();
    }

    /** The kindergarten row, for workflow steps that already checked the caller. */
    public Mono<KindergartenRow> visibleRow(UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + id)));
    }

    /** The kindergarten if the caller may see it. */
    public Mono<KindergartenRow> visible(CurrentUser user, UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + id)))
                .doOnNext(k -> Callers.ensureVisible(user, k.organisationId(), "kindergarten " + id));
    }

    /** The kindergarten, locked, if the caller is the applicant organisation that owns it. */
    public Mono<KindergartenRow> owned(CurrentUser user, UUID id) {
        return store.lock(id).switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + id)))
                .doOnNext(k -> Callers.ensureOwner(user, k.organisationId(), "kindergarten " + id));
    }

    public KindergartenView view(KindergartenRow k) {
        return new KindergartenView(k.id(), k.organisationId(), k.name(), k.address(), k.classes(), k.capacity(),
                k.monthlyFeeStandard(), jsonb.tree(k.feeItemsJson()), k.status(), k.registeredOn());
    }

    private static ChildView childView(ChildRow c) {
        return new ChildView(c.childRef(), c.birthDate(), c.enteredOn(), c.autumnIntake(), c.leftOn(), c.graduated());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void notAfterToday(String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw new InvalidInputException(field, "is in the future");
        }
    }
}
