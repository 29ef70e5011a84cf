package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;

/**
 * A measure of 京技管发〔2024〕31号 (二、支持政策 1–18). Each is declared {@code @Rule(id =
 * "sci-tech-culture-measure-NN", …)}: the family answers {@code POST
 * /api/subsidies/sci-tech-culture/measures/{NN}/evaluations} and the claim block {@code measureNN} of a programme
 * application with it, so a new measure is its rule class, its parameter file and its case file.
 *
 * @param <I> the facts of a claim under the measure (the calculator's body)
 */
public interface SciTechCultureMeasure<I> extends Decides<I, CultureSupportDecision> {
}
