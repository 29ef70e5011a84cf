package cn.beijing.platform.energy.policy.renewal;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.PolicyInputException;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Validity of the trial 《老旧低效楼宇更新实施办法(试行)》 (京建法〔2024〕14号 第三十二条: "自印发之日起施行,有效期为3年").
 * The parameter version's {@code valid_from} is the issue date (2024-12-26) and its value the number of years.
 *
 * <p>[platform rule] "有效期为3年" counted from the issue day as day one: the last day in force is
 * issue date + 3 years − 1 day (2027-12-25).
 */
@Rule(id = "renewal-trial-validity", document = EnergyDocuments.RENEWAL, article = "第三十二条",
        parameters = "renewal-trial-validity")
public final class RenewalTrialPeriod implements Decides<RenewalTrialPeriod.Input, RenewalTrialPeriod.Validity> {


    /** The trial's validity depends on the decision date only. */
    public record Input() {
    }

    /** @param inForce {@code date} lies in {@code [firstDay, lastDay]} */
    public record Validity(LocalDate date, LocalDate firstDay, LocalDate lastDay, boolean inForce,
                           List<Basis> basis) {
        public Validity {
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<Integer> validityYears;

    public RenewalTrialPeriod(ParameterSet parameters) {
        validityYears = parameters.get("renewal-trial-validity", ParameterNode::positiveInteger);
    }

    @Override
    public Validity decide(Input input, LocalDate decisionDate) {
        return validity(decisionDate);
    }

    public Validity validity(LocalDate date) {
        Inputs.required("decisionDate", date);
        EffectiveDated<Integer> years = validityYears;
        // the latest issue on or before the date governs (a renewed trial is appended as a new version)
        InForce<Integer> governing = null;
        for (EffectiveDated.Version<Integer> version : years.versions()) {
            if (!date.isBefore(version.validFrom())) {
                governing = new InForce<>(years.name(), version.validFrom(), version.value());
            }
        }
        EffectiveDated.Version<Integer> first = years.versions().get(0);
        if (governing == null) {
            LocalDate lastDay = first.validFrom().plusYears(first.value()).minusDays(1);
            return new Validity(date, first.validFrom(), lastDay, false,
                    List.of(EnergyDocuments.renewal("第三十二条").withParameters(
                            years.name() + "@" + first.validFrom())));
        }
        LocalDate lastDay = governing.validFrom().plusYears(governing.value()).minusDays(1);
        return new Validity(date, governing.validFrom(), lastDay, !date.isAfter(lastDay),
                List.of(EnergyDocuments.renewal("第三十二条", governing)));
    }

    /** The validity on {@code date}, or a {@link PolicyInputException} naming {@code field} when not in force. */
    public Validity requireInForce(LocalDate date, String field) {
        Validity validity = validity(date);
        if (!validity.inForce()) {
            throw new PolicyInputException(field, EnergyDocuments.RENEWAL + " is in force from "
                    + validity.firstDay() + " to " + validity.lastDay() + ", not on " + date);
        }
        return validity;
    }
}
