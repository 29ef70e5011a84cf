package cn.beijing.platform.energy.policy.renewal;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.energy.policy.renewal.RenewalPriority.Category;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class RenewalPriorityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private final RenewalPriority priority = ShippedPolicies.POLICIES.get(RenewalPriority.class);

    @Test
    void eachCategoryQualifiesWhenThePreconditionsHold() {
        assertThat(priority.decide(new RenewalPriority.Input(true, true, true, false, false, false, false, false),
                DAY).categories()).containsExactly(Category.WHOLE_BUILDING_VACANT);
        assertThat(priority.decide(new RenewalPriority.Input(true, true, false, true, false, false, false, false),
                DAY).categories()).containsExactly(Category.RELOCATION_COMPLETED);
        assertThat(priority.decide(new RenewalPriority.Input(true, true, false, false, true, false, false, false),
                DAY).categories()).containsExactly(Category.OWNER_SEEKING_MARKET_PARTNER);
        assertThat(priority.decide(new RenewalPriority.Input(true, true, false, false, false, true, false, false),
                DAY).categories()).containsExactly(Category.DESIGNATED_FOR_KEY_SUPPORT);
        RenewalPriority.Decision d = priority.decide(
                new RenewalPriority.Input(true, true, false, false, false, false, true, true), DAY);
        assertThat(d.categories()).containsExactly(Category.LOW_EFFICIENCY_AND_OLD);
        assertThat(d.priority()).isTrue();
    }

    @Test
    void lowEfficiencyAloneOrOldAloneIsNotCategoryFour() {
        assertThat(priority.decide(new RenewalPriority.Input(true, true, false, false, false, false, true, false),
                DAY).priority()).isFalse();
        assertThat(priority.decide(new RenewalPriority.Input(true, true, false, false, false, false, false, true),
                DAY).priority()).isFalse();
    }

    @Test
    void unclearPropertyRightsOrUnwillingOwnerBlockPriority() {
        RenewalPriority.Decision unclear = priority.decide(
                new RenewalPriority.Input(false, true, true, false, false, false, false, false), DAY);
        assertThat(unclear.priority()).isFalse();
        assertThat(unclear.preconditionsMet()).isFalse();
        assertThat(unclear.categories()).containsExactly(Category.WHOLE_BUILDING_VACANT);
        assertThat(priority.decide(new RenewalPriority.Input(true, false, true, false, false, false, false, false),
                DAY).priority()).isFalse();
    }

    @Test
    void onlyWhileTheTrialMeasuresAreInForce() {
        assertRefusedNaming("decisionDate", () -> priority.decide(
                new RenewalPriority.Input(true, true, true, false, false, false, false, false), LocalDate.of(2028, 1, 1)));
    }
}
