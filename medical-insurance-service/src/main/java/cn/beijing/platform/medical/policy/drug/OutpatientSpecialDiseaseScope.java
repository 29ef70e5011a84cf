package cn.beijing.platform.medical.policy.drug;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.beijing.platform.policy.Basis;

/**
 * 京医保发〔2024〕21号 二(六) and 二(七): drugs added to the outpatient special diseases' drug scope — 恶性肿瘤门诊治疗:
 * XV08; 肾透析: XB01AX, XB05Z, XV03AX; 再生障碍性贫血: XC09D; 眼底病变眼内注射治疗: 法瑞西单抗注射液 (all in the
 * parameter file {@code outpatient-special-disease-drug-additions}). A category code is in scope when it starts with
 * a listed prefix (case-insensitive, trimmed); a name matches when equal after trimming.
 */
@Rule(id = "outpatient-special-disease-scope", document = DRUG_CATALOGUE_2024, article = "二(六)",
        parameters = "outpatient-special-disease-drug-additions")
public final class OutpatientSpecialDiseaseScope implements DecidesByInput<OutpatientSpecialDiseaseDrugInput, OutpatientSpecialDiseaseScopeDecision> {

    private final EffectiveDated<List<OutpatientSpecialDiseaseAddition>> additions;

    public OutpatientSpecialDiseaseScope(ParameterSet parameters) {
        additions = parameters.get("outpatient-special-disease-drug-additions",
                v -> v.list().stream().map(a -> a.as(OutpatientSpecialDiseaseAddition.class)).toList());
    }

    /** The input's service date decides. */
    @Override
    public OutpatientSpecialDiseaseScopeDecision evaluate(OutpatientSpecialDiseaseDrugInput input) {
        Inputs.required("input", input);
        OutpatientSpecialDisease disease = Inputs.required("disease", input.disease());
        String code = normalisedCode(input.categoryCode());
        String name = input.drugName() == null ? null : input.drugName().strip();
        if (code == null && (name == null || name.isEmpty())) {
            throw new PolicyInputException("categoryCode", "a category code or a drug name is required");
        }
        InForce<List<OutpatientSpecialDiseaseAddition>> version =
                additions.on(input.serviceDate(), "serviceDate");
        String parameters = version.version();
        List<Basis> basis = new ArrayList<>();
        String matchedBy = null;
        for (OutpatientSpecialDiseaseAddition addition : version.value()) {
            if (addition.disease() != disease) {
                continue;
            }
            basis.add(Basis.of(DRUG_CATALOGUE_2024, addition.article()).withParameters(parameters));
            if (matchedBy == null) {
                matchedBy = match(addition, code, name);
            }
        }
        if (basis.isEmpty()) {
            basis.add(Basis.of(DRUG_CATALOGUE_2024, "二(七)").withParameters(parameters));
        }
        return new OutpatientSpecialDiseaseScopeDecision(disease, matchedBy != null, matchedBy, basis);
    }

    private static String match(OutpatientSpecialDiseaseAddition addition, String code, String name) {
        if (code != null) {
            for (String prefix : addition.categoryCodePrefixes()) {
                if (code.startsWith(prefix.toUpperCase(Locale.ROOT))) {
                    return prefix;
                }
            }
        }
        if (name != null) {
            for (String listed : addition.drugNames()) {
                if (listed.strip().equals(name)) {
                    return listed;
                }
            }
        }
        return null;
    }

    private static String normalisedCode(String categoryCode) {
        if (categoryCode == null || categoryCode.isBlank()) {
            return null;
        }
        return categoryCode.strip().toUpperCase(Locale.ROOT);
    }
}
