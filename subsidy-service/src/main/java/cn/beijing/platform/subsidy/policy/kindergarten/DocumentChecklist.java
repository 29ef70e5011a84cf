package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;

/**
 * 申请补助资金的幼儿园需提交书面材料 (京技管发〔2024〕30号 第十三条): items 1–8 for every application, item 9 only
 * for the rent subsidy, item 10 only for preschool aid.
 */
@Rule(id = "kindergarten-documents", document = Documents.KINDERGARTEN, article = "第十三条")
public final class DocumentChecklist implements Decides<DocumentChecklist.Input, DocumentChecklist.ChecklistDecision> {

    private static final String ARTICLE = "第十三条";

    /** What a kindergarten applies for. */
    public enum SubsidyKind {
        /** 生均定额补助 (第五条). */
        PER_CHILD,
        /** 租金补助 (第六条). */
        RENT,
        /** 学前教育资助资金 (第八条). */
        PRESCHOOL_AID
    }

    /** The ten items of 第十三条, with the kind that alone requires an item ({@code null}: every application). */
    public enum ApplicationDocument {
        OPERATING_LICENCE(1, "办园许可证复印件", null),
        LEGAL_PERSON_CERTIFICATE(2, "法人登记证书复印件", null),
        CURRENT_FEE_STANDARD(3, "现行的收费标准", null),
        FEE_COMMITMENT(4, "收费项目和标准不高于北京市公办幼儿园最高收费标准、不另行收费的书面承诺书", null),
        CHILDREN_ROSTER(5, "在园儿童花名册", null),
        STAFF_ROSTER(6, "教职工花名册", null),
        REGISTERED_BANK_ACCOUNT(7, "经备案的单位银行账户信息", null),
        APPLICATION_AND_CALCULATION(8, "申请及测算明细表", null),
        LEASE_DOCUMENTS(9, "长期租赁意向性协议、租赁合同、租赁场地产权登记证书复印件等材料", SubsidyKind.RENT),
        AID_DOCUMENTS(10, "学前教育资助申请表、幼儿出勤表复印件等材料", SubsidyKind.PRESCHOOL_AID);

        private final int item;
        private final String title;
        private final SubsidyKind onlyFor;

        ApplicationDocument(int item, String title, SubsidyKind onlyFor) {
            this.item = item;
            this.title = title;
            this.onlyFor = onlyFor;
        }

        public int item() {
            return item;
        }

        public String title() {
            return title;
        }

        public boolean requiredFor(Set<SubsidyKind> appliedFor) {
            return onlyFor == null || appliedFor.contains(onlyFor);
        }
    }

    public record ChecklistDecision(boolean complete, List<ApplicationDocument> required,
                                    List<Failure> missing, List<Basis> basis) implements Decision {
    }

    /** The subsidies applied for and the documents submitted. */
    public record Input(Set<SubsidyKind> appliedFor, Set<ApplicationDocument> submitted) {
    }

    /** The same on every day. */
    @Override
    public ChecklistDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return check(input.appliedFor(), input.submitted());
    }

    public ChecklistDecision check(Set<SubsidyKind> appliedFor, Set<ApplicationDocument> submitted) {
        Inputs.required("appliedFor", appliedFor);
        if (appliedFor.isEmpty()) {
            throw new PolicyInputException("appliedFor", "names at least one subsidy");
        }
        Set<ApplicationDocument> have = submitted == null || submitted.isEmpty()
                ? EnumSet.noneOf(ApplicationDocument.class) : EnumSet.copyOf(submitted);
        List<ApplicationDocument> required = new ArrayList<>();
        List<Failure> missing = new ArrayList<>();
        for (ApplicationDocument document : ApplicationDocument.values()) {
            if (document.requiredFor(appliedFor)) {
                required.add(document);
                if (!have.contains(document)) {
                    missing.add(new Failure("MISSING_DOCUMENT_" + document.item(), Documents.KINDERGARTEN,
                            ARTICLE, document.item() + ". " + document.title()));
                }
            }
        }
        return new ChecklistDecision(missing.isEmpty(), List.copyOf(required), List.copyOf(missing),
                List.of(Basis.of(Documents.KINDERGARTEN, ARTICLE)));
    }
}
