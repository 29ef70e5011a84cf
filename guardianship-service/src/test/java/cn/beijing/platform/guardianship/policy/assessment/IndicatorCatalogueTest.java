package cn.beijing.platform.guardianship.policy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped catalogue against the 附件 as printed in the gazette. */
class IndicatorCatalogueTest {

    private final IndicatorCatalogue catalogue = ShippedParameters.catalogue();

    /** ★★ points of the 附件. */
    static final List<String> HIGH = List.of("A2.2.2", "A3.1.2", "A4.1.2", "A4.1.5", "A4.1.6", "B2.3.1");
    /** ★ points of the 附件. */
    static final List<String> MEDIUM = List.of("A2.2.3", "A4.1.3", "A4.1.4", "B1.2.1", "B1.2.2", "B2.2", "B2.3.2", "B3.2.2");

    @Test
    void holdsTheFortyEightAssessmentPointsOfTheAnnex() {
        assertThat(catalogue.size()).isEqualTo(48);
        assertThat(catalogue.points()).extracting(AssessmentPoint::code).doesNotHaveDuplicates();
    }

    @Test
    void marksExactlyTheStarredPointsAsMediumAndHigh() {
        Map<IndicatorRisk, List<String>> byRisk = catalogue.points().stream().collect(Collectors.groupingBy(
                AssessmentPoint::risk, Collectors.mapping(AssessmentPoint::code, Collectors.toList())));
        assertThat(byRisk.get(IndicatorRisk.HIGH)).containsExactlyElementsOf(HIGH);
        assertThat(byRisk.get(IndicatorRisk.MEDIUM)).containsExactlyElementsOf(MEDIUM);
        assertThat(byRisk.get(IndicatorRisk.LOW)).hasSize(34);
    }

    @Test
    void hasTheTwoLevelOneIndicatorsOfArticleEight() {
        assertThat(catalogue.points()).extracting(AssessmentPoint::level1).containsOnly("监护人履行责任情况", "监护人监护能力");
        assertThat(catalogue.points().stream().filter(p -> p.code().startsWith("A"))).hasSize(25)
                .allMatch(p -> p.level1().equals("监护人履行责任情况"));
        assertThat(catalogue.points().stream().filter(p -> p.code().startsWith("B"))).hasSize(23)
                .allMatch(p -> p.level1().equals("监护人监护能力"));
    }

    @Test
    void keepsTheWordingOfTheAnnex() {
        AssessmentPoint unattended = catalogue.point("A4.1.5", "code");
        assertThat(unattended.level2()).isEqualTo("安全情况");
        assertThat(unattended.level3()).isEqualTo("人身安全");
        assertThat(unattended.point()).startsWith("八周岁以下未成年人有无处于无人看护状态");
        assertThat(unattended.risk()).isEqualTo(IndicatorRisk.HIGH);
        assertThat(catalogue.point("B2.3.1", "code").point()).isEqualTo("有无违法犯罪纪录");
    }

    @Test
    void rejectsUnknownAndBlankCodesNamingTheField() {
        assertThatThrownBy(() -> catalogue.point("A9.9", "adverseFindings[3]"))
                .isInstanceOf(PolicyInputException.class)
                .extracting(e -> ((PolicyInputException) e).field()).isEqualTo("adverseFindings[3]");
        assertThatThrownBy(() -> catalogue.point(" ", "adverseFindings[0]"))
                .isInstanceOf(PolicyInputException.class);
        assertThat(catalogue.find("a1.1")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void refusesDuplicateCodesWhenBuilt() {
        AssessmentPoint p = catalogue.point("A1.1", "code");
        assertThatThrownBy(() -> new IndicatorCatalogue(List.of(p, p))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorCatalogue(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
