package cn.beijing.platform.energy.policy.statistics;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.MeterReading;

/**
 * Is a sample's submission complete? 京建法〔2024〕13号 第四条 lists what is surveyed and 第五条 requires owners to
 * provide "完整" data on electricity, coal, natural gas, LPG, heat, renewable energy and water. A carrier the
 * building does not use is reported as zero; a carrier not reported at all is missing.
 */
@Rule(id = "survey-data-completeness", document = EnergyDocuments.STATISTICS, article = "第五条")
public final class SurveyDataCompleteness implements Decides<SurveyDataCompleteness.Submission, SurveyDataCompleteness.Decision> {

    public record Submission(String sampleId, List<MeterReading> reported) {
    }

    /** @param missingCarriers carriers with no figure, in {@link EnergyCarrier} order */
    public record Decision(String sampleId, boolean complete, List<EnergyCarrier> missingCarriers,
                           List<Basis> basis) {
        public Decision {
            missingCarriers = List.copyOf(missingCarriers);
            basis = List.copyOf(basis);
        }
    }

    /** The decision date plays no part: completeness is the same on every day. */
    @Override
    public Decision decide(Submission submission, LocalDate decisionDate) {
        return check(submission);
    }

    public Decision check(Submission submission) {
        Inputs.required("submission", submission);
        String sampleId = Inputs.nonBlank("sampleId", submission.sampleId());
        EnumSet<EnergyCarrier> present = EnumSet.noneOf(EnergyCarrier.class);
        List<MeterReading> reported = submission.reported() == null ? List.of() : submission.reported();
        for (int i = 0; i < reported.size(); i++) {
            MeterReading reading = Inputs.required("reported[" + i + "]", reported.get(i));
            EnergyCarrier carrier = Inputs.required("reported[" + i + "].carrier", reading.carrier());
            Inputs.nonNegative("reported[" + i + "].quantity", reading.quantity());
            if (!present.add(carrier)) {
                throw new PolicyInputException("reported[" + i + "].carrier", carrier + " is reported twice");
            }
        }
        List<EnergyCarrier> missing = new ArrayList<>(EnumSet.complementOf(present));
        return new Decision(sampleId, missing.isEmpty(), missing,
                List.of(EnergyDocuments.statistics("第四条"), EnergyDocuments.statistics("第五条")));
    }
}
