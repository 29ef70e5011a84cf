package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.Decides;

/**
 * An article of 京技管发〔2024〕33号 that grants support (money; 第五条 an honour title). Each is declared {@code @Rule(id =
 * "industrial-finance-article-NN", …)}: the family answers {@code POST
 * /api/subsidies/industrial-finance/articles/{NN}/evaluations} and the claim block {@code articleNN} of a programme
 * application with it, so a new article is its rule class, its parameter file and its case file.
 *
 * @param <I> the facts of a claim under the article (the calculator's body)
 * @param <D> the decision, with the support decisions that compete under 就高不重复
 */
public interface IndustrialFinanceArticle<I, D extends FinanceSupportClaim> extends Decides<I, D> {
}
