package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;

import cn.beijing.platform.subsidy.policy.scitech.AboveScaleSupport;
import cn.beijing.platform.subsidy.policy.scitech.AiComputeSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureDemonstrationSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureTradeSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubOperationSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.GameEsportsRndSupport;
import cn.beijing.platform.subsidy.policy.scitech.LaboratorySupport;
import cn.beijing.platform.subsidy.policy.scitech.NrtaProjectSupport;
import cn.beijing.platform.subsidy.policy.scitech.OriginalGameSupport;
import cn.beijing.platform.subsidy.policy.scitech.ServicePlatformSupport;
import cn.beijing.platform.subsidy.policy.scitech.StandardSettingSupport;
import cn.beijing.platform.subsidy.policy.scitech.UhdWorkSupport;
import cn.beijing.platform.subsidy.policy.scitech.VerticalAiModelSupport;
import cn.beijing.platform.subsidy.policy.scitech.VirtualStudioSupport;

/**
 * What one project claims under the measures of 京技管发〔2024〕31号 (二、支持政策 1–18): one optional block per
 * measure, with the facts that measure asks for. Several blocks for one project compete under 从优不重复
 * (三、附则 12).
 */
public record SciTechCultureClaims(
        NrtaProjectSupport.Input measure01,
        GameEsportsRndSupport.Input measure02,
        VerticalAiModelSupport.Input measure03,
        StandardSettingSupport.Input measure04,
        UhdWorkSupport.Input measure05,
        OriginalGameSupport.Input measure06,
        AiComputeSupport.Input measure07,
        DigitalCultureTradeSupport.Input measure08,
        VirtualStudioSupport.Input measure09,
        AboveScaleSupport.Input measure10,
        EsportsClubOperationSupport.Input measure11,
        EsportsClubSupport.Input measure12,
        ParkClustering measure13,
        DigitalCultureDemonstrationSupport.Input measure14,
        NewScenes measure15,
        LaboratorySupport.Input measure16,
        ServicePlatformSupport.Input measure17,
        Events measure18) {

    /** 措施13: moving into a key sci-tech/culture park (a service, no money). */
    public record ParkClustering(boolean movesIntoKeyPark) {
    }

    /** 措施15: selected by 揭榜挂帅 or recommended to a Beijing demonstration scene (a service, no money). */
    public record NewScenes(boolean selectedOrRecommended) {
    }

    public enum EventKind {
        /** 论坛、峰会、展会: 50% of venue rent, build and equipment rental. */
        FORUM,
        /** 职业电竞赛事: 30% of prize, venue rent, build and equipment rental. */
        ESPORTS
    }

    /**
     * 措施18: {@code kind} chooses the clause; FORUM uses {@code provincialOrMinisterialOrAbove} and
     * {@code international}, ESPORTS uses {@code event} and {@code prize}; both the costs (yuan).
     */
    public record Events(EventKind kind, boolean provincialOrMinisterialOrAbove, boolean international,
                         EsportsEvent event, BigDecimal prize, BigDecimal venueRent, BigDecimal build,
                         BigDecimal equipmentRental) {
    }
}
