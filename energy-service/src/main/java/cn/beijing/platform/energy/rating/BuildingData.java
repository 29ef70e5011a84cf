package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;

/**
 * What an owner or a district registers about a building.
 *
 * @param inRenewalScope  "以办公、商业服务等功能为主的楼宇" of 14号 第二条; {@code null} → from the building type
 * @param reportingParty  token subject of the account that reports for the building; {@code null} → the caller
 */
public record BuildingData(String name, String district, BuildingType buildingType, BigDecimal totalArea,
                           BigDecimal publicArea, boolean stateSecret, boolean stateOrganOffice,
                           boolean centralGovernmentOffice, int yearBuilt, boolean seismicAppraisedAndReinforced,
                           boolean otherSafetyHazardUnresolved, boolean energyRetrofitted, Boolean inRenewalScope,
                           String owner, String delegatedManager, String reportingParty) {
}
