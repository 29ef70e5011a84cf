package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.guardianship.assessments.AccessAction.Grant;
import java.util.UUID;

/** A caller admitted to one assessment, and why. */
public record Access(CurrentUser user, UUID assessmentId, String assessmentAgencyId, Grant grant) {
}
