package cn.beijing.platform.subsidy.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.subsidy.parameters.SubsidyParameters;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.ScopeDecision;
import cn.beijing.platform.subsidy.policy.scitech.AboveScaleSupport;
import cn.beijing.platform.subsidy.policy.scitech.AiComputeSupport;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureDemonstrationSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureTradeSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubOperationSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubSupport;
import cn.beijing.platform.subsidy.policy.scitech.EventSupport;
import cn.beijing.platform.subsidy.policy.scitech.GameEsportsRndSupport;
import cn.beijing.platform.subsidy.policy.scitech.LaboratorySupport;
import cn.beijing.platform.subsidy.policy.scitech.NrtaProjectSupport;
import cn.beijing.platform.subsidy.policy.scitech.OriginalGameSupport;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureScope;
import cn.beijing.platform.subsidy.policy.scitech.ServiceOnlyMeasures;
import cn.beijing.platform.subsidy.policy.scitech.ServicePlatformSupport;
import cn.beijing.platform.subsidy.policy.scitech.StandardSettingSupport;
import cn.beijing.platform.subsidy.policy.scitech.UhdWorkSupport;
import cn.beijing.platform.subsidy.policy.scitech.VerticalAiModelSupport;
import cn.beijing.platform.subsidy.policy.scitech.VirtualStudioSupport;
import org.springframework.stereotype.Component;

/**
 * The measures of 京技管发〔2024〕31号, one method each, and 从优不重复 over the claims of one project. The calculators
 * and the programme applications both come here, so they reach the same decisions.
 */
@Component
public class SciTechCultureMeasures {

    private final NrtaProjectSupport measure01;
    private final GameEsportsRndSupport measure02;
    private final VerticalAiModelSupport measure03;
    private final StandardSettingSupport measure04;
    private final UhdWorkSupport measure05;
    private final OriginalGameSupport measure06;
    private final AiComputeSupport measure07;
    private final DigitalCultureTradeSupport measure08;
    private final VirtualStudioSupport measure09;
    private final AboveScaleSupport measure10;
    private final EsportsClubOperationSupport measure11;
    private final EsportsClubSupport measure12;
    private final ServiceOnlyMeasures serviceOnly = new ServiceOnlyMeasures();
    private final DigitalCultureDemonstrationSupport measure14;
    private final LaboratorySupport measure16;
    private final ServicePlatformSupport measure17;
    private final EventSupport measure18;
    private final SciTechCultureScope scope;
    private final BestOnlyRule bestOnly;

    SciTechCultureMeasures(SubsidyParameters parameters, SciTechCultureScope scope, BestOnlyRule bestOnly) {
        var p = parameters.sciTechCulture();
        this.measure01 = new NrtaProjectSupport(p);
        this.measure02 = new GameEsportsRndSupport(p);
        this.measure03 = new VerticalAiModelSupport(p);
        this.measure04 = new StandardSettingSupport(p);
        this.measure05 = new UhdWorkSupport(p);
        this.measure06 = new OriginalGameSupport(p);
        this.measure07 = new AiComputeSupport(p);
        this.measure08 = new DigitalCultureTradeSupport(p);
        this.measure09 = new VirtualStudioSupport(p);
        this.measure10 = new AboveScaleSupport(p);
        this.measure11 = new EsportsClubOperationSupport(p);
        this.measure12 = new EsportsClubSupport(p);
        this.measure14 = new DigitalCultureDemonstrationSupport(p);
        this.measure16 = new LaboratorySupport(p);
        this.measure17 = new ServicePlatformSupport(p);
        this.measure18 = new EventSupport(p);
        this.scope = scope;
        this.bestOnly = bestOnly;
    }

    public CultureSupportDecision measure01(NrtaProjectSupport.Input in, LocalDate on) {
        return measure01.evaluate(required(in), on);
    }

    public CultureSupportDecision measure02(GameEsportsRndSupport.Input in, LocalDate on) {
        return measure02.evaluate(required(in), on);
    }

    public CultureSupportDecision measure03(VerticalAiModelSupport.Input in, LocalDate on) {
        return measure03.evaluate(required(in), on);
    }

    public CultureSupportDecision measure04(StandardSettingSupport.Input in, LocalDate on) {
        return measure04.evaluate(required(in), on);
    }

    public CultureSupportDecision measure05(UhdWorkSupport.Input in, LocalDate on) {
        return measure05.evaluate(required(in), on);
    }

    public CultureSupportDecision measure06(OriginalGameSupport.Input in, LocalDate on) {
        return measure06.evaluate(required(in), on);
    }

    public CultureSupportDecision measure07(AiComputeSupport.Input in, LocalDate on) {
        return measure07.evaluate(required(in), on);
    }

    public CultureSupportDecision measure08(DigitalCultureTradeSupport.Input in, LocalDate on) {
        return measure08.evaluate(required(in), on);
    }

    public CultureSupportDecision measure09(VirtualStudioSupport.Input in, LocalDate on) {
        return measure09.evaluate(required(in), on);
    }

    public CultureSupportDecision measure10(AboveScaleSupport.Input in, LocalDate on) {
        return measure10.evaluate(required(in), on);
    }

    public CultureSupportDecision measure11(EsportsClubOperationSupport.Input in, LocalDate on) {
        return measure11.evaluate(required(in), on);
    }

    public CultureSupportDecision measure12(EsportsClubSupport.Input in, LocalDate on) {
        return measure12.evaluate(required(in), on);
    }

    public CultureSupportDecision measure13(SciTechCultureClaims.ParkClustering in, LocalDate on) {
        return serviceOnly.parkClustering(required(in).movesIntoKeyPark());
    }

    public CultureSupportDecision measure14(DigitalCultureDemonstrationSupport.Input in, LocalDate on) {
        return measure14.evaluate(required(in), on);
    }

    public CultureSupportDecision measure15(SciTechCultureClaims.NewScenes in, LocalDate on) {
        return serviceOnly.newScenes(required(in).selectedOrRecommended());
    }

    public CultureSupportDecision measure16(LaboratorySupport.Input in, LocalDate on) {
        return measure16.evaluate(required(in), on);
    }

    public CultureSupportDecision measure17(ServicePlatformSupport.Input in, LocalDate on) {
        return measure17.evaluate(required(in), on);
    }

    public CultureSupportDecision measure18(SciTechCultureClaims.Events in, LocalDate on) {
        required(in);
        SciTechCultureClaims.EventKind kind = Inputs.required("kind", in.kind());
        return switch (kind) {
            case FORUM -> measure18.forum(new EventSupport.ForumInput(in.provincialOrMinisterialOrAbove(),
                    in.international(), in.venueRent(), in.build(), in.equipmentRental()), on);
            case ESPORTS -> measure18.esports(new EventSupport.EsportsInput(in.event(), in.prize(), in.venueRent(),
                    in.build(), in.equipmentRental()), on);
        };
    }

    /** Every claimed measure of one project, in measure order; a bad field is named under {@code prefix}. */
    public List<CultureSupportDecision> evaluate(SciTechCultureClaims claims, LocalDate on, String prefix) {
        if (claims == null) {
            throw new InvalidInputException(prefix, "names at least one measure");
        }
        List<CultureSupportDecision> decisions = new ArrayList<>();
        add(decisions, prefix, "measure01", claims.measure01(), () -> measure01(claims.measure01(), on));
        add(decisions, prefix, "measure02", claims.measure02(), () -> measure02(claims.measure02(), on));
        add(decisions, prefix, "measure03", claims.measure03(), () -> measure03(claims.measure03(), on));
        add(decisions, prefix, "measure04", claims.measure04(), () -> measure04(claims.measure04(), on));
        add(decisions, prefix, "measure05", claims.measure05(), () -> measure05(claims.measure05(), on));
        add(decisions, prefix, "measure06", claims.measure06(), () -> measure06(claims.measure06(), on));
        add(decisions, prefix, "measure07", claims.measure07(), () -> measure07(claims.measure07(), on));
        add(decisions, prefix, "measure08", claims.measure08(), () -> measure08(claims.measure08(), on));
        add(decisions, prefix, "measure09", claims.measure09(), () -> measure09(claims.measure09(), on));
        add(decisions, prefix, "measure10", claims.measure10(), () -> measure10(claims.measure10(), on));
        add(decisions, prefix, "measure11", claims.measure11(), () -> measure11(claims.measure11(), on));
        add(decisions, prefix, "measure12", claims.measure12(), () -> measure12(claims.measure12(), on));
        add(decisions, prefix, "measure13", claims.measure13(), () -> measure13(claims.measure13(), on));
        add(decisions, prefix, "measure14", claims.measure14(), () -> measure14(claims.measure14(), on));
        add(decisions, prefix, "measure15", claims.measure15(), () -> measure15(claims.measure15(), on));
        add(decisions, prefix, "measure16", claims.measure16(), () -> measure16(claims.measure16(), on));
        add(decisions, prefix, "measure17", claims.measure17(), () -> measure17(claims.measure17(), on));
        add(decisions, prefix, "measure18", claims.measure18(), () -> measure18(claims.measure18(), on));
        if (decisions.isEmpty()) {
            throw new InvalidInputException(prefix, "names at least one measure");
        }
        return decisions;
    }

    /**
     * 三、附则 (scope) and 三、附则 12 (从优不重复) over the claims of one project. The scope is read on the measure
     * with the most specific window: 措施16 alone uses the window of 附则9.
     */
    public BestOnlyRule.BestOnlyOutcome bestOnly(String projectId, ApplicantStanding standing, LocalDate eventDate,
                                                 SciTechCultureClaims claims, LocalDate on, String prefix) {
        List<CultureSupportDecision> decisions = evaluate(claims, on, prefix);
        int scopeMeasure = decisions.size() == 1 ? decisions.get(0).measure() : 0;
        ScopeDecision scopeDecision = scope.check(standing, scopeMeasure, eventDate, on);
        return bestOnly.apply(projectId, scopeDecision, decisions);
    }

    private static void add(List<CultureSupportDecision> decisions, String prefix, String field, Object claim,
                            Supplier<CultureSupportDecision> evaluation) {
        if (claim != null) {
            decisions.add(FieldPaths.under(FieldPaths.join(prefix, field), evaluation));
        }
    }

    private static <T> T required(T in) {
        if (in == null) {
            throw new InvalidInputException("body", "is required");
        }
        return in;
    }
}
