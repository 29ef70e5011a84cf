package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.assistance.AssistanceCases;
import cn.beijing.platform.subsidy.assistance.AssistanceCases.AssistanceCaseView;
import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Assistance cases opened from guardianship referrals; subsidy officers only, without any assessment details. */
@RestController
@RequestMapping("/api/subsidies/assistance-cases")
@RequiredArgsConstructor
class AssistanceCaseController {

    private final AssistanceCases cases;

    @Operation(summary = "Assistance cases opened from guardianship referrals (京民社救发〔2024〕111号 二(二)4)")
    @GetMapping
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<AssistanceCaseView>> list(@RequestParam(required = false) String status,
                                        @RequestParam(required = false) String need) {
        return cases.list(status, need).collectList();
    }

    @Operation(summary = "One assistance case (京民社救发〔2024〕111号 二(二)4)")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<AssistanceCaseView> get(@PathVariable UUID id) {
        return cases.find(id);
    }
}
