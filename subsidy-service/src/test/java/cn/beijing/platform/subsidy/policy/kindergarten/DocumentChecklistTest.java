package cn.beijing.platform.subsidy.policy.kindergarten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;

class DocumentChecklistTest {

    private final DocumentChecklist checklist = new DocumentChecklist();
    private static final Set<ApplicationDocument> COMMON = EnumSet.range(ApplicationDocument.OPERATING_LICENCE,
            ApplicationDocument.APPLICATION_AND_CALCULATION);

    @Test
    void perChildApplicationNeedsItemsOneToEight() {
        var d = checklist.check(Set.of(SubsidyKind.PER_CHILD), COMMON);
        assertThat(d.complete()).isTrue();
        assertThat(d.required()).extracting(ApplicationDocument::item).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(d.basis()).singleElement().satisfies(b -> assertThat(b.article()).isEqualTo("第十三条"));
    }

    @Test
    void rentApplicationAlsoNeedsItemNine() {
        var d = checklist.check(Set.of(SubsidyKind.RENT), COMMON);
        assertThat(d.complete()).isFalse();
        assertThat(d.missing()).extracting(Failure::code).containsExactly("MISSING_DOCUMENT_9");
        assertThat(d.missing()).extracting(Failure::article).containsExactly("第十三条");
        EnumSet<ApplicationDocument> withLease = EnumSet.copyOf(COMMON);
        withLease.add(ApplicationDocument.LEASE_DOCUMENTS);
        assertThat(checklist.check(Set.of(SubsidyKind.RENT), withLease).complete()).isTrue();
    }

    @Test
    void aidApplicationAlsoNeedsItemTenButNotNine() {
        var d = checklist.check(Set.of(SubsidyKind.PRESCHOOL_AID), COMMON);
        assertThat(d.missing()).extracting(Failure::code).containsExactly("MISSING_DOCUMENT_10");
        assertThat(d.required()).doesNotContain(ApplicationDocument.LEASE_DOCUMENTS);
    }

    @Test
    void everythingMissingIsListedInOrder() {
        var d = checklist.check(EnumSet.allOf(SubsidyKind.class), Set.of());
        assertThat(d.missing()).hasSize(10);
        assertThat(d.missing().get(0).message()).startsWith("1. 办园许可证");
    }

    @Test
    void nothingAppliedForIsRefused() {
        assertThatThrownBy(() -> checklist.check(Set.of(), COMMON)).isInstanceOf(PolicyInputException.class)
                .extracting("field").isEqualTo("appliedFor");
    }
}
