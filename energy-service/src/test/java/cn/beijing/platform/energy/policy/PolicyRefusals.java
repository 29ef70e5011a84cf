package cn.beijing.platform.energy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** How the policy tests see a rule refuse its input: a {@link PolicyInputException} naming the field (422 over HTTP). */
public final class PolicyRefusals {

    private PolicyRefusals() {
    }

    public static void assertRefusedNaming(String field, ThrowingCallable decision) {
        assertThatThrownBy(decision).isInstanceOfSatisfying(PolicyInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
