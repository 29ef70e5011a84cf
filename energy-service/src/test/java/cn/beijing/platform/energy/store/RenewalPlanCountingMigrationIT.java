package cn.beijing.platform.energy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.MigrationSteps;
import org.junit.jupiter.api.Test;

/**
 * V10 on renewal plans recorded before it: their notices were published counting the publication day as day 1, and
 * keep their dates, their basis and that reading; a plan recorded by a pod of the previous version during a rolling
 * update records the reading that pod used.
 */
class RenewalPlanCountingMigrationIT {

    private static final String OLD_BASIS = "[{\"document\": \"京建法〔2024〕14号\", \"article\": \"第十八条\", "
            + "\"parameters\": \"renewal-plan-notice-working-days@2024-12-26,"
            + "renewal-plan-notice-counts-publication-day@2024-12-26\"}]";

    @Test
    void plansRecordedBeforeV10KeepTheirDatesAndRecordThePublicationDayReading() {
        MigrationSteps db = MigrationSteps.fresh("energy_v10_plan_counting").migrateTo("2");
        db.execute("""
                insert into building (id, name, district, building_type, total_area, public_area, state_secret,
                    state_organ_office, central_government_office, year_built, seismic_appraised_and_reinforced,
                    other_safety_hazard_unresolved, energy_retrofitted, in_renewal_scope, owner, reporting_party,
                    registered_by, rating_required, meets_rating_criteria, large_public_building,
                    rating_deadline_applies, statistics_mandatory, statistics_categories, exemptions, public_share,
                    scope_basis, scope_decided_on, created_at, updated_at)
                values ('00000000-0000-0000-0000-0000000000b1', 'Planned Tower', '海淀区', 'OFFICE', 25000, 20000,
                    false, false, false, 1990, false, false, false, true, 'owner', 'owner-1', 'owner-1', true, true,
                    true, true, true, '', '', 0.8, '[]', '2025-09-01', now(), now())""");
        // published Friday 2025-09-26 for 15 working days, the publication day counted: last day 10-22, then 10-23
        db.execute(plan("00000000-0000-0000-0000-000000000001", "2025-09-26", "2025-10-22", "2025-10-23"));

        db.migrateTo(null);
        // a pod of the previous version, still running during the rolling update, records a plan without the column
        db.execute(plan("00000000-0000-0000-0000-000000000002", "2025-03-03", "2025-03-21", "2025-03-24"));

        List<Map<String, Object>> rows = db.query("""
                select published_on::text as published_on, minimum_working_days,
                       earliest_last_day::text as earliest_last_day,
                       first_day_after_notice::text as first_day_after_notice, basis, period_counting
                from renewal_plan order by id""");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("published_on", "2025-09-26").containsEntry("minimum_working_days", 15)
                .containsEntry("earliest_last_day", "2025-10-22").containsEntry("first_day_after_notice", "2025-10-23")
                .containsEntry("basis", OLD_BASIS).containsEntry("period_counting", "FROM_SAME_DAY");
        assertThat(rows.get(1)).containsEntry("earliest_last_day", "2025-03-21")
                .containsEntry("period_counting", "FROM_SAME_DAY");
    }

    private static String plan(String id, String publishedOn, String lastDay, String after) {
        return """
                insert into renewal_plan (id, building_id, title, approved_on, published_on, minimum_working_days,
                    earliest_last_day, first_day_after_notice, basis, recorded_by, recorded_at)
                values ('%s', '00000000-0000-0000-0000-0000000000b1', 'Retrofit', '2025-01-02', '%s', 15, '%s', '%s',
                    '%s', 'district-1', now())""".formatted(id, publishedOn, lastDay, after, OLD_BASIS);
    }
}
