package cn.beijing.platform.energy.store;

/**
 * Listing filter; every field optional.
 *
 * @param reportingParty only buildings this subject reports for (owners see their own)
 * @param grade          grade of the building's latest rated year
 * @param obligation     code of an open obligation
 */
public record BuildingFilter(String district, String buildingType, Integer grade, String obligation,
                             String reportingParty) {
}
