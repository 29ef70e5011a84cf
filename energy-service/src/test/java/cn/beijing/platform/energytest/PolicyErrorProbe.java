package cn.beijing.platform.energytest;

import cn.beijing.platform.policy.ParameterNotInForceException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Test-only endpoint (outside the scanned packages, imported by one test): a policy input error that escaped the
 * application layer must still be 422 naming the field, never 500.
 */
@RestController
public class PolicyErrorProbe {

    @GetMapping("/test/escaped-policy-error")
    Mono<String> escaped() {
        return Mono.error(new ParameterNotInForceException("decisionDate", "energy-grade-multipliers",
                java.time.LocalDate.of(2020, 1, 1)));
    }
}
