package cn.beijing.platform.medical.policy.drug;

import java.util.List;

/**
 * What one article adds to one disease's drug scope: drug category-code prefixes (a drug is added when its
 * category code starts with one) and drug names (matched exactly, after trimming).
 */
public record OutpatientSpecialDiseaseAddition(OutpatientSpecialDisease disease, String article,
                                               List<String> categoryCodePrefixes, List<String> drugNames) {

    public OutpatientSpecialDiseaseAddition {
        categoryCodePrefixes = List.copyOf(categoryCodePrefixes);
        drugNames = List.copyOf(drugNames);
        if (categoryCodePrefixes.isEmpty() && drugNames.isEmpty()) {
            throw new IllegalArgumentException("adds neither a category code prefix nor a drug name");
        }
    }
}
