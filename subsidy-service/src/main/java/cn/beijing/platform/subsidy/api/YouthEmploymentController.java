package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.subsidy.api.ProgrammeRequests.JobExpansionRequest;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 京人社毕发〔2024〕16号 一、(一) 一次性扩岗补助: 1000 yuan per qualifying hire; any authenticated role. Nothing is
 * stored: the birth dates sent here serve the age check only.
 */
@RestController
@RequestMapping("/api/subsidies/youth-employment")
class YouthEmploymentController extends Calculators {

    private final JobExpansionSubsidy subsidy;

    YouthEmploymentController(JobExpansionSubsidy subsidy, Clock clock) {
        super(clock);
        this.subsidy = subsidy;
    }

    @Operation(summary = "One-off job-expansion subsidy: 1000 yuan per qualifying hire (京人社毕发〔2024〕16号 一、(一))")
    @PostMapping("/job-expansion-evaluations")
    Mono<JobExpansionSubsidy.JobExpansionDecision> jobExpansion(@Valid @RequestBody JobExpansionRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        LocalDate on = dateOr(decisionDate);
        return Mono.fromCallable(() -> subsidy.evaluate(request.employerIsEnterprise(), request.hires(), on));
    }
}
