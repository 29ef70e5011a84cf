package cn.beijing.platform.subsidy.policy.scitech;

import java.util.Objects;

import cn.beijing.platform.subsidy.policy.EventWindow;
import cn.beijing.platform.subsidy.policy.Parameter;

/** The parameters of 京技管发〔2024〕31号, loaded from {@code policy/sci-tech-culture-*.yaml}. */
public record SciTechCultureParameters(
        Parameter<EventWindow> policyPeriod,
        Parameter<EventWindow> newApprovalPeriod,
        Parameter<Integer> scopeLookback,
        Parameter<EsportsEventClassification.Terms> esportsEventDefinition,
        Parameter<NrtaProjectSupport.Terms> measure01,
        Parameter<GameEsportsRndSupport.Terms> measure02,
        Parameter<VerticalAiModelSupport.Terms> measure03,
        Parameter<StandardSettingSupport.Terms> measure04,
        Parameter<UhdWorkSupport.Terms> measure05,
        Parameter<OriginalGameSupport.Terms> measure06,
        Parameter<AiComputeSupport.Terms> measure07,
        Parameter<DigitalCultureTradeSupport.Terms> measure08,
        Parameter<VirtualStudioSupport.Terms> measure09,
        Parameter<AboveScaleSupport.Terms> measure10,
        Parameter<EsportsClubOperationSupport.Terms> measure11,
        Parameter<EsportsClubSupport.Terms> measure12,
        Parameter<DigitalCultureDemonstrationSupport.Terms> measure14,
        Parameter<LaboratorySupport.Terms> measure16,
        Parameter<ServicePlatformSupport.Terms> measure17,
        Parameter<EventSupport.Terms> measure18) {

    public SciTechCultureParameters {
        Objects.requireNonNull(policyPeriod);
        Objects.requireNonNull(newApprovalPeriod);
        Objects.requireNonNull(scopeLookback);
        Objects.requireNonNull(esportsEventDefinition);
        Objects.requireNonNull(measure01);
        Objects.requireNonNull(measure02);
        Objects.requireNonNull(measure03);
        Objects.requireNonNull(measure04);
        Objects.requireNonNull(measure05);
        Objects.requireNonNull(measure06);
        Objects.requireNonNull(measure07);
        Objects.requireNonNull(measure08);
        Objects.requireNonNull(measure09);
        Objects.requireNonNull(measure10);
        Objects.requireNonNull(measure11);
        Objects.requireNonNull(measure12);
        Objects.requireNonNull(measure14);
        Objects.requireNonNull(measure16);
        Objects.requireNonNull(measure17);
        Objects.requireNonNull(measure18);
    }
}
