package cn.beijing.platform.energy.api;

import java.math.BigDecimal;

import cn.beijing.platform.common.input.Area;
import cn.beijing.platform.energy.rating.BuildingData;
import cn.beijing.platform.energy.rating.BuildingType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Registration or update of a building. Areas in m²; negative areas and a public area above the total are refused by
 * the scope policy, naming the field. Flags left out of {@code centralGovernmentOffice},
 * {@code seismicAppraisedAndReinforced}, {@code otherSafetyHazardUnresolved}, {@code energyRetrofitted} are false;
 * {@code inRenewalScope} defaults from the building type; {@code reportingParty} (token subject of the account that
 * reports for the building) defaults to the caller.
 */
record BuildingRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String district,
        @NotNull BuildingType buildingType,
        @NotNull @Area BigDecimal totalArea,
        @NotNull @Area BigDecimal publicArea,
        @NotNull Boolean stateSecret,
        @NotNull Boolean stateOrganOffice,
        Boolean centralGovernmentOffice,
        @NotNull @Positive @Max(2100) Integer yearBuilt,
        Boolean seismicAppraisedAndReinforced,
        Boolean otherSafetyHazardUnresolved,
        Boolean energyRetrofitted,
        Boolean inRenewalScope,
        @NotBlank @Size(max = 200) String owner,
        @Size(max = 200) String delegatedManager,
        @Size(max = 200) String reportingParty) {

    BuildingData data() {
        return new BuildingData(name, district, buildingType, totalArea, publicArea, stateSecret, stateOrganOffice,
                Boolean.TRUE.equals(centralGovernmentOffice), yearBuilt,
                Boolean.TRUE.equals(seismicAppraisedAndReinforced), Boolean.TRUE.equals(otherSafetyHazardUnresolved),
                Boolean.TRUE.equals(energyRetrofitted), inRenewalScope, owner, delegatedManager,
                reportingParty == null || reportingParty.isBlank() ? null : reportingParty);
    }
}
