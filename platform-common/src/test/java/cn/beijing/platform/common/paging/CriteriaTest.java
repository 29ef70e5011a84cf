package cn.beijing.platform.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void noCriterionGivenFiltersNothing() {
        assertThat(new Criteria().and("district = :district", "district", null).where()).isEmpty();
    }

    @Test
    void theGivenCriteriaAreJoinedByAndInTheirOrder() {
        Criteria criteria = new Criteria()
                .and("district = :district", "district", "HAIDIAN")
                .and("grade = :grade", "grade", null)
                .and("year = :year", "year", 2025);
        assertThat(criteria.where()).isEqualTo(" where district = :district and year = :year");
    }

    @Test
    void aRequiredCriterionWithoutValueIsRefusedNotDropped() {
        assertThatThrownBy(() -> new Criteria().require("agency_id = :agency", "agency", null))
                .isInstanceOf(NullPointerException.class).hasMessage("agency");
        assertThat(new Criteria().require("agency_id = :agency", "agency", "a1").where())
                .isEqualTo(" where agency_id = :agency");
    }
}
