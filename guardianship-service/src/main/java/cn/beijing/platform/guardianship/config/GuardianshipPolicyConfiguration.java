package cn.beijing.platform.guardianship.config;

import cn.beijing.platform.guardianship.parameters.GuardianshipParameterFiles;
import cn.beijing.platform.guardianship.policy.AssessmentProcess;
import cn.beijing.platform.guardianship.policy.GuardianshipParameters;
import cn.beijing.platform.guardianship.policy.GuardianshipRisk;
import cn.beijing.platform.guardianship.policy.VisitTeamCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy of 京民儿福发〔2024〕103号 as beans, built once from the shipped parameter files (invalid files stop start-up). */
@Configuration(proxyBeanMethods = false)
class GuardianshipPolicyConfiguration {

    @Bean
    GuardianshipParameters guardianshipParameters() {
        return GuardianshipParameterFiles.shipped();
    }

    @Bean
    GuardianshipRisk guardianshipRisk(GuardianshipParameters parameters) {
        return new GuardianshipRisk(parameters);
    }

    @Bean
    VisitTeamCheck visitTeamCheck(GuardianshipParameters parameters) {
        return new VisitTeamCheck(parameters);
    }

    @Bean
    AssessmentProcess assessmentProcess(GuardianshipParameters parameters) {
        return new AssessmentProcess(parameters);
    }
}
