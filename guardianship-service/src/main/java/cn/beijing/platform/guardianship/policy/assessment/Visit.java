package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * One on-site visit (第九条 实地评估, 第十一条).
 *
 * @param recordingReference  reference of the archived text/audio/video record of the visit ("记录评估实施的全过程…存档、备查")
 * @param minorViewsRecorded  the assessors talked with the minor and recorded their views
 */
public record Visit(LocalDate date, List<Assessor> assessors, String recordingReference, Boolean minorViewsRecorded) {
}
