package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ClawbackRequest;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ProgrammeApplicationRequest;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ProgrammeDecisionRequest;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.programmes.ProgrammeApplications;
import cn.beijing.platform.subsidy.programmes.ProgrammeApplications.ProgrammeApplicationView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;

/**
 * Applications under 京技管发〔2024〕31号, 33号 and 京人社毕发〔2024〕16号, evaluated on submission with
 * 从优不重复 / 就高不重复 (the best claim granted, the others recorded as superseded); officers decide — an approval
 * against the applicant's earlier approvals, then notice (31号, 33号) or payment (16号) — and recover support.
 */
@RestController
@RequestMapping("/api/subsidies/programme-applications")
@RequiredArgsConstructor
class ProgrammeApplicationController {

    private static final String BASE = "/api/subsidies/programme-applications";

    private final ProgrammeApplications applications;
    private final Commands commands;

    @Operation(summary = "Apply under the sci-tech/culture, industrial-finance or youth-employment programmes, best or highest claim only (京技管发〔2024〕31号 三、附则 12; 京技管发〔2024〕33号 第十二条, 第十四条; 京人社毕发〔2024〕16号 一、(一))")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<ProgrammeApplicationView>> submit(@Valid @RequestBody ProgrammeApplicationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE, request, ProgrammeApplicationView.class, HttpStatus.CREATED,
                user -> applications.submit(user, new ProgrammeApplications.Submission(request.programme(),
                        request.projectId(), request.appliedOn(), request.eventDate(), request.standing(),
                        request.sciTechCulture(), request.industrialFinance(), request.sameProject(),
                        request.youthEmployment() == null ? null : new ProgrammeApplications.Hires(
                                request.youthEmployment().employerIsEnterprise(),
                                request.youthEmployment().hires()))));
    }

    @Operation(summary = "Programme applications (京技管发〔2024〕31号, 京技管发〔2024〕33号, 京人社毕发〔2024〕16号)")
    @GetMapping
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<List<ProgrammeApplicationView>> list() {
        return Callers.current().flatMap(user -> applications.list(user).collectList());
    }

    @Operation(summary = "One programme application (京技管发〔2024〕31号, 京技管发〔2024〕33号, 京人社毕发〔2024〕16号)")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<ProgrammeApplicationView> get(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> applications.get(user, id));
    }

    @Operation(summary = "Approve or reject a programme application (京技管发〔2024〕31号, 京技管发〔2024〕33号, 京人社毕发〔2024〕16号)")
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ProgrammeApplicationView>> decide(@PathVariable UUID id,
            @Valid @RequestBody ProgrammeDecisionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/decision", request, ProgrammeApplicationView.class,
                HttpStatus.OK, user -> applications.decide(id, request.approve(), request.decidedOn(),
                        request.reason()));
    }

    @Operation(summary = "Recover the whole support of an application: false declaration or duplicated support (京技管发〔2024〕31号 三、附则 11; 京技管发〔2024〕33号 and 京人社毕发〔2024〕16号 by platform rule)")
    @PostMapping("/{id}/clawback")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ProgrammeApplicationView>> clawback(@PathVariable UUID id,
            @Valid @RequestBody ClawbackRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/clawback", request, ProgrammeApplicationView.class,
                HttpStatus.CREATED, user -> applications.clawback(user, id, request.ground(), request.orderedOn(),
                        request.statement()));
    }
}
