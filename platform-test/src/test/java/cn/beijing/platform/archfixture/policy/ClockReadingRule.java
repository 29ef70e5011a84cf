package cn.beijing.platform.archfixture.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.archfixture.store.FixtureStore;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import tools.jackson.databind.json.JsonMapper;

/** Breaks: plain Java, no clock, policy knows nothing above it, money never a double, rules by document. */
@Rule(id = "clock-reading", document = "doc", article = "第一条")
public class ClockReadingRule implements Decides<String, LocalDate> {

    public final JsonMapper json = JsonMapper.builder().build();

    @Override
    public LocalDate decide(String input, LocalDate decisionDate) {
        return LocalDate.now();
    }

    public BigDecimal tenth() {
        return new BigDecimal(0.1);
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public FixtureStore store() {
        return null;
    }
}
