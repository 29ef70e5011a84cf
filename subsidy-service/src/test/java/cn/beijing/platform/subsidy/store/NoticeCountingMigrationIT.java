package cn.beijing.platform.subsidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.MigrationSteps;
import org.junit.jupiter.api.Test;

/**
 * V10 on notices published before it: they were decided counting the publication day as day 1, and keep their dates,
 * their basis and that reading; a notice inserted by a pod of the previous version during a rolling update records
 * the reading that pod used.
 */
class NoticeCountingMigrationIT {

    private static final String OLD_BASIS = "[{\"document\": \"京技管发〔2024〕30号\", \"article\": \"第十四条\", "
            + "\"parameters\": \"kindergarten-public-notice-minimum@2024-12-02\"}]";

    @Test
    void noticesDecidedBeforeV10KeepTheirDatesAndRecordThePublicationDayReading() {
        MigrationSteps db = MigrationSteps.fresh("subsidy_v10_notice_counting").migrateTo("1");
        // published Friday 2025-09-26 for 5 working days, the publication day counted: last day 10-09, pay 10-10
        db.execute("""
                insert into public_notice (id, published_on, working_days, last_day, earliest_payment_day, status,
                    closed_on, basis, published_by)
                values ('00000000-0000-0000-0000-000000000001', '2025-09-26', 5, '2025-10-09', '2025-10-10', 'CLOSED',
                    '2025-10-10', '%s', 'officer-1')""".formatted(OLD_BASIS));

        db.migrateTo(null);
        // a pod of the previous version, still running during the rolling update, publishes without the column
        db.execute("""
                insert into public_notice (id, published_on, working_days, last_day, earliest_payment_day, status,
                    basis, published_by)
                values ('00000000-0000-0000-0000-000000000002', '2025-10-13', 5, '2025-10-17', '2025-10-20', 'OPEN',
                    '%s', 'officer-1')""".formatted(OLD_BASIS));

        List<Map<String, Object>> rows = db.query("""
                select id::text as id, published_on::text as published_on, working_days,
                       last_day::text as last_day, earliest_payment_day::text as earliest_payment_day,
                       closed_on::text as closed_on, basis::text as basis, period_counting
                from public_notice order by id""");
        assertThat(rows).hasSize(2);
        Map<String, Object> decided = rows.get(0);
        assertThat(decided).containsEntry("published_on", "2025-09-26").containsEntry("working_days", 5)
                .containsEntry("last_day", "2025-10-09").containsEntry("earliest_payment_day", "2025-10-10")
                .containsEntry("closed_on", "2025-10-10").containsEntry("period_counting", "FROM_SAME_DAY");
        assertThat((String) decided.get("basis")).contains("第十四条").doesNotContain("第二百零一条");
        assertThat(rows.get(1)).containsEntry("last_day", "2025-10-17").containsEntry("period_counting", "FROM_SAME_DAY");
    }
}
