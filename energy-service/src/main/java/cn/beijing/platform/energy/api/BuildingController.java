package cn.beijing.platform.energy.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.rating.BuildingRegister;
import cn.beijing.platform.energy.rating.BuildingView;
import cn.beijing.platform.energy.rating.GradeYear;
import cn.beijing.platform.energy.rating.ObligationView;
import cn.beijing.platform.energy.rating.BuildingType;
import cn.beijing.platform.energy.policy.rating.ObligationCodes;
import cn.beijing.platform.energy.rating.Ratings;
import cn.beijing.platform.energy.renewal.RenewalLedger;
import cn.beijing.platform.energy.renewal.RenewalStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Buildings: registration with the scope decision, update, the building's record, listing. */
@RestController
@RequiredArgsConstructor
class BuildingController {

    /** A building with its grades by year, open obligations and renewal status. */
    record BuildingDetailResponse(@JsonUnwrapped BuildingView building, List<GradeYear> grades,
                                  List<ObligationView> openObligations, RenewalStatus renewal) {
    }

    /** A row of the list. {@code latestGrade} is the grade of the latest rated year. */
    record BuildingSummary(UUID id, String name, String district, String buildingType, boolean ratingRequired,
                           boolean largePublicBuilding, boolean statisticsMandatory, Integer latestRatedYear,
                           Integer latestGrade, List<String> openObligations) {
    }

    private final BuildingRegister register;
    private final Ratings ratings;
    private final RenewalLedger ledger;
    private final Commands commands;

    @Operation(summary = "Register a building with its rating and statistics scope (京建法〔2024〕12号 第三条, 第八条; 京建法〔2024〕13号 第三条)")
    @PostMapping("/api/energy/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT')")
    Mono<ResponseEntity<BuildingView>> register(@Valid @RequestBody BuildingRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /api/energy/buildings", request, BuildingView.class,
                user -> register.register(request.data(), user)
                        .map(b -> ResponseEntity.created(URI.create("/api/energy/buildings/" + b.id())).body(b)));
    }

    @Operation(summary = "Update a building and decide its scope again (京建法〔2024〕12号 第三条, 第八条; 京建法〔2024〕13号 第三条)")
    @PutMapping("/api/energy/buildings/{id}")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT')")
    Mono<ResponseEntity<BuildingView>> update(@PathVariable UUID id, @Valid @RequestBody BuildingRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT /api/energy/buildings/" + id, request, BuildingView.class,
                user -> register.update(id, request.data(), user).map(ResponseEntity::ok));
    }

    @Operation(summary = "A building with its grades by year, open obligations and renewal status (京建法〔2024〕12号 第五条, 第九条; 京建法〔2024〕14号 第二条)")
    @GetMapping("/api/energy/buildings/{id}")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Mono<BuildingDetailResponse> building(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> register.visible(id, user).flatMap(b -> Mono.zip(
                        ratings.history(id).collectList(), ratings.openObligations(id).collectList(),
                        ledger.status(id, user))
                .map(t -> new BuildingDetailResponse(b, t.getT1(), t.getT2(), t.getT3()))));
    }

    @Operation(summary = "Buildings by district, type, grade or open obligation (京建法〔2024〕12号 第五条, 第九条)")
    @GetMapping("/api/energy/buildings")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Flux<BuildingSummary> list(@RequestParam(required = false) String district,
                               @RequestParam(required = false) BuildingType buildingType,
                               @RequestParam(required = false) Integer grade,
                               @RequestParam(required = false) String obligation) {
        if (grade != null && (grade < 1 || grade > 5)) {
            return Flux.error(new InvalidInputException("grade", "must be 1 to 5"));
        }
        if (obligation != null && !ObligationCodes.ALL.contains(obligation)) {
            return Flux.error(new InvalidInputException("obligation", "must be one of " + ObligationCodes.ALL));
        }
        return Callers.current().flatMapMany(user -> register.list(district, buildingType, grade, obligation, user))
                .concatMap(this::summary);
    }

    private Mono<BuildingSummary> summary(BuildingView b) {
        return Mono.zip(ratings.history(b.id()).collectList(),
                        ratings.openObligations(b.id()).map(ObligationView::code).distinct().collectList())
                .map(t -> {
                    var latest = t.getT1().isEmpty() ? null : t.getT1().get(t.getT1().size() - 1);
                    return new BuildingSummary(b.id(), b.name(), b.district(), b.buildingType(), b.ratingRequired(),
                            b.largePublicBuilding(), b.statisticsMandatory(), latest == null ? null : latest.year(),
                            latest == null ? null : latest.grade(), t.getT2());
                });
    }
}
