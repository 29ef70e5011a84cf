package cn.beijing.platform.subsidy.parameters;

import java.util.List;

import cn.beijing.platform.subsidy.policy.EventWindow;
import cn.beijing.platform.subsidy.policy.scitech.AboveScaleSupport;
import cn.beijing.platform.subsidy.policy.scitech.AiComputeSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureDemonstrationSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureTradeSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubOperationSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification;
import cn.beijing.platform.subsidy.policy.scitech.EventSupport;
import cn.beijing.platform.subsidy.policy.scitech.GameEsportsRndSupport;
import cn.beijing.platform.subsidy.policy.scitech.LaboratorySupport;
import cn.beijing.platform.subsidy.policy.scitech.NrtaProjectSupport;
import cn.beijing.platform.subsidy.policy.scitech.OriginalGameSupport;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureParameters;
import cn.beijing.platform.subsidy.policy.scitech.ServicePlatformSupport;
import cn.beijing.platform.subsidy.policy.scitech.StandardSettingSupport;
import cn.beijing.platform.subsidy.policy.scitech.UhdWorkSupport;
import cn.beijing.platform.subsidy.policy.scitech.VerticalAiModelSupport;
import cn.beijing.platform.subsidy.policy.scitech.VirtualStudioSupport;

/** Maps {@code policy/sci-tech-culture-*.yaml} (京技管发〔2024〕31号) onto {@link SciTechCultureParameters}. */
final class SciTechCultureParameterFiles {

    static final List<String> NAMES = List.of(
            "sci-tech-culture-policy-period", "sci-tech-culture-new-approval-period", "sci-tech-culture-scope-lookback",
            "sci-tech-culture-esports-event-definition", "sci-tech-culture-measure-01-nrta-projects",
            "sci-tech-culture-measure-02-game-esports-rnd", "sci-tech-culture-measure-03-vertical-ai-models",
            "sci-tech-culture-measure-04-standards", "sci-tech-culture-measure-05-uhd-works",
            "sci-tech-culture-measure-06-original-games", "sci-tech-culture-measure-07-ai-compute",
            "sci-tech-culture-measure-08-digital-culture-trade", "sci-tech-culture-measure-09-virtual-studios",
            "sci-tech-culture-measure-10-above-scale", "sci-tech-culture-measure-11-esports-club-operations",
            "sci-tech-culture-measure-12-esports-clubs", "sci-tech-culture-measure-14-digital-culture-demonstrations",
            "sci-tech-culture-measure-16-laboratories", "sci-tech-culture-measure-17-service-platforms",
            "sci-tech-culture-measure-18-events");

    private SciTechCultureParameterFiles() {
    }

    static EventWindow window(ParameterValue v) {
        return new EventWindow(v.date("events_from"), v.date("events_to"));
    }

    static SciTechCultureParameters load(ParameterFileReader r) {
        return new SciTechCultureParameters(
                r.read("sci-tech-culture-policy-period", SciTechCultureParameterFiles::window),
                r.read("sci-tech-culture-new-approval-period", SciTechCultureParameterFiles::window),
                r.read("sci-tech-culture-scope-lookback", ParameterValue::integer),
                r.read("sci-tech-culture-esports-event-definition", v -> new EsportsEventClassification.Terms(
                        v.integer("international_min_countries_count"), v.decimal("international_min_total_prize"),
                        v.integer("national_min_regions_count"), v.decimal("national_min_total_prize"))),
                r.read("sci-tech-culture-measure-01-nrta-projects", v -> new NrtaProjectSupport.Terms(
                        v.decimal("match_ratio"), v.decimal("cap"))),
                r.read("sci-tech-culture-measure-02-game-esports-rnd", v -> new GameEsportsRndSupport.Terms(
                        v.decimal("min_rnd"), v.decimal("min_rnd_share_percent"), v.decimal("rate_percent"),
                        v.decimal("annual_cap"))),
                r.read("sci-tech-culture-measure-03-vertical-ai-models", v -> new VerticalAiModelSupport.Terms(
                        v.decimal("cap"))),
                r.read("sci-tech-culture-measure-04-standards", v -> new StandardSettingSupport.Terms(
                        v.decimal("international"), v.decimal("national"), v.decimal("industry"),
                        v.decimal("local"), v.decimal("group"))),
                r.read("sci-tech-culture-measure-05-uhd-works", v -> new UhdWorkSupport.Terms(
                        v.decimal("rate_percent"), v.decimal("cap"))),
                r.read("sci-tech-culture-measure-06-original-games", v -> new OriginalGameSupport.Terms(
                        v.list("tiers").stream().map(t -> new OriginalGameSupport.Tier(t.decimal("min_revenue"),
                                t.decimal("rate_percent"), t.decimal("cap"),
                                t.flag("multi_sport_event_selection_qualifies_flag"))).toList())),
                r.read("sci-tech-culture-measure-07-ai-compute", v -> new AiComputeSupport.Terms(
                        v.decimal("rate_percent"), v.decimal("cap"))),
                r.read("sci-tech-culture-measure-08-digital-culture-trade", v -> new DigitalCultureTradeSupport.Terms(
                        v.list("tiers").stream().map(t -> new DigitalCultureTradeSupport.Tier(
                                t.decimal("min_foreign_revenue"), t.decimal("max_rate_percent"))).toList())),
                r.read("sci-tech-culture-measure-09-virtual-studios", v -> new VirtualStudioSupport.Terms(
                        v.decimal("min_investment"), v.decimal("rate_percent"), v.decimal("cap"))),
                r.read("sci-tech-culture-measure-10-above-scale", v -> new AboveScaleSupport.Terms(
                        v.decimal("first_time_above_scale"))),
                r.read("sci-tech-culture-measure-11-esports-club-operations", v -> new EsportsClubOperationSupport.Terms(
                        v.decimal("rate_percent"), v.decimal("annual_cap"))),
                r.read("sci-tech-culture-measure-12-esports-clubs", v -> new EsportsClubSupport.Terms(
                        v.decimal("home_court"), v.decimal("international_result"), v.decimal("national_result"),
                        v.integer("lowest_qualifying_rank_count"), v.integer("result_awards_per_level_per_year_count"))),
                r.read("sci-tech-culture-measure-14-digital-culture-demonstrations",
                        v -> new DigitalCultureDemonstrationSupport.Terms(v.decimal("rate_percent"), v.decimal("cap"))),
                r.read("sci-tech-culture-measure-16-laboratories", v -> new LaboratorySupport.Terms(
                        v.decimal("national"), v.decimal("municipal"))),
                r.read("sci-tech-culture-measure-17-service-platforms", v -> new ServicePlatformSupport.Terms(
                        v.decimal("fixed_asset_rate_percent"), v.decimal("fixed_asset_cap"),
                        v.decimal("rent_yuan_per_square_metre_per_day"), v.decimal("rent_annual_cap"),
                        v.integer("rent_years"), v.flag("rent_capped_at_actual_rent_flag"))),
                r.read("sci-tech-culture-measure-18-events", v -> new EventSupport.Terms(
                        v.decimal("forum_rate_percent"), v.decimal("forum_international_cap"),
                        v.decimal("forum_domestic_cap"), v.decimal("esports_rate_percent"),
                        v.decimal("esports_international_annual_cap"), v.decimal("esports_national_annual_cap"))));
    }
}
