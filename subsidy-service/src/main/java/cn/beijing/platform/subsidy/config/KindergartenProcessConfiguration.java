package cn.beijing.platform.subsidy.config;

import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplicationProcess;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kindergarten application process, built from the declared rules it applies at each step. */
@Configuration(proxyBeanMethods = false)
public class KindergartenProcessConfiguration {

    @Bean
    KindergartenApplicationProcess kindergartenApplicationProcess(DocumentChecklist checklist,
                                                                  KindergartenEligibility eligibility,
                                                                  PerChildSubsidySettlement perChild, RentSubsidy rent,
                                                                  PreschoolAid aid, PublicNoticePeriod noticePeriod) {
        return new KindergartenApplicationProcess(checklist, eligibility, perChild, rent, aid, noticePeriod);
    }
}
