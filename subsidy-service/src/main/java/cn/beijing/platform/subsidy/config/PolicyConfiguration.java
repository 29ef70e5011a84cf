package cn.beijing.platform.subsidy.config;

import cn.beijing.platform.common.calendar.WorkingDayCalendar;
import cn.beijing.platform.subsidy.parameters.SubsidyParameterFiles;
import cn.beijing.platform.subsidy.parameters.SubsidyParameters;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceScope;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureScope;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy objects of 京技管发〔2024〕30号, 31号, 33号 and 京人社毕发〔2024〕16号, built once from the shipped
 * parameter files ({@code src/main/resources/policy/*.yaml}, loaded and validated at start-up: a bad file stops the
 * service) and the official working-day calendar of platform-common. The per-measure and per-article calculators of
 * 31号 and 33号 are built by {@code programmes.SciTechCultureMeasures} and {@code programmes.IndustrialFinanceArticles}.
 */
@Configuration(proxyBeanMethods = false)
public class PolicyConfiguration {

    @Bean
    SubsidyParameters subsidyParameters() {
        return SubsidyParameterFiles.shipped();
    }

    @Bean
    PerChildSubsidySettlement perChildSubsidySettlement(SubsidyParameters parameters) {
        return new PerChildSubsidySettlement(parameters.kindergarten());
    }

    @Bean
    RentSubsidy rentSubsidy(SubsidyParameters parameters) {
        return new RentSubsidy(parameters.kindergarten());
    }

    @Bean
    PreschoolAid preschoolAid() {
        return new PreschoolAid();
    }

    @Bean
    KindergartenEligibility kindergartenEligibility(SubsidyParameters parameters) {
        return new KindergartenEligibility(parameters.kindergarten());
    }

    @Bean
    DocumentChecklist documentChecklist() {
        return new DocumentChecklist();
    }

    @Bean
    PublicNoticePeriod publicNoticePeriod(SubsidyParameters parameters, WorkingDayCalendar calendar) {
        return new PublicNoticePeriod(parameters.kindergarten(), calendar);
    }

    @Bean
    SubsidyStop subsidyStop(SubsidyParameters parameters) {
        return new SubsidyStop(parameters.kindergarten());
    }

    @Bean
    SciTechCultureScope sciTechCultureScope(SubsidyParameters parameters) {
        return new SciTechCultureScope(parameters.sciTechCulture());
    }

    @Bean
    BestOnlyRule bestOnlyRule() {
        return new BestOnlyRule();
    }

    @Bean
    IndustrialFinanceScope industrialFinanceScope(SubsidyParameters parameters) {
        return new IndustrialFinanceScope(parameters.industrialFinance());
    }

    @Bean
    HighestOnlyRule highestOnlyRule() {
        return new HighestOnlyRule();
    }

    @Bean
    JobExpansionSubsidy jobExpansionSubsidy(SubsidyParameters parameters) {
        return new JobExpansionSubsidy(parameters.youthEmployment());
    }
}
