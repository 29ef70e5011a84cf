package cn.beijing.platform.medical.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beijing.platform.medical.parameters.MedicalInsuranceParameterFiles;
import cn.beijing.platform.medical.parameters.MedicalInsuranceParameters;
import cn.beijing.platform.medical.policy.DrgSettlement;
import cn.beijing.platform.medical.policy.DrgWeightCalculation;
import cn.beijing.platform.medical.policy.DrugPaymentStandard;
import cn.beijing.platform.medical.policy.ListingPriceCheck;
import cn.beijing.platform.medical.policy.OutpatientSpecialDiseaseScope;
import cn.beijing.platform.medical.policy.PriceItemCharge;
import cn.beijing.platform.medical.policy.ResidentContributionStandard;
import cn.beijing.platform.medical.policy.SpecialCaseQuota;

/**
 * The policy objects, built once from the parameter files shipped in {@code src/main/resources/policy/} (loaded and
 * validated at start-up: a bad file stops the service). Policy classes are stateless and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class MedicalInsuranceConfiguration {

    @Bean
    MedicalInsuranceParameters medicalInsuranceParameters() {
        return MedicalInsuranceParameterFiles.shipped();
    }

    @Bean
    DrugPaymentStandard drugPaymentStandard(MedicalInsuranceParameters parameters) {
        return parameters.drugPaymentStandard();
    }

    @Bean
    ListingPriceCheck listingPriceCheck(MedicalInsuranceParameters parameters) {
        return parameters.listingPriceCheck();
    }

    @Bean
    OutpatientSpecialDiseaseScope outpatientSpecialDiseaseScope(MedicalInsuranceParameters parameters) {
        return parameters.outpatientSpecialDiseaseScope();
    }

    @Bean
    PriceItemCharge priceItemCharge(MedicalInsuranceParameters parameters) {
        return parameters.priceItemCharge();
    }

    @Bean
    ResidentContributionStandard residentContributionStandard(MedicalInsuranceParameters parameters) {
        return parameters.residentContributionStandard();
    }

    @Bean
    DrgSettlement drgSettlement(MedicalInsuranceParameters parameters) {
        return parameters.drgSettlement();
    }

    @Bean
    SpecialCaseQuota specialCaseQuota(MedicalInsuranceParameters parameters) {
        return parameters.specialCaseQuota();
    }

    @Bean
    DrgWeightCalculation drgWeightCalculation(MedicalInsuranceParameters parameters) {
        return parameters.drgWeightCalculation();
    }
}
