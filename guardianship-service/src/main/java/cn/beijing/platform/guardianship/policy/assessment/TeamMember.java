package cn.beijing.platform.guardianship.policy.assessment;

/** A member of an agency's own assessment team (第六条). */
public record TeamMember(MemberRole role, Boolean conflictOfInterest) {
}
