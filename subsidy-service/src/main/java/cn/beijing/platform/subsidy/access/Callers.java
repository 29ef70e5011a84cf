package cn.beijing.platform.subsidy.access;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Who may see what: subsidy officers see everything; an applicant (its {@code agency} claim is its organisation id)
 * sees only its own kindergartens and applications — anything else answers 404, so existence is not revealed.
 */
public final class Callers {

    public static final String OFFICER = "SUBSIDY_OFFICER";
    public static final String APPLICANT = "APPLICANT";

    private Callers() {
    }

    public static Mono<CurrentUser> current() {
        return CurrentUser.current().switchIfEmpty(Mono.error(new AccessDeniedException("no caller")));
    }

    public static boolean officer(CurrentUser user) {
        return user.hasRole(OFFICER);
    }

    /** The caller's organisation as an applicant; a token without an agency claim may not act for one (403). */
    public static String organisation(CurrentUser user) {
        return user.requireAgency();
    }

    /**
     * The organisation whose records a listing shows: {@code null} (all) for an officer, the applicant's own otherwise
     * (403 without an agency claim).
     */
    public static String listedOrganisation(CurrentUser user) {
        return user.agencyScope(OFFICER).agency();
    }

    /** Officers, or the applicant organisation that owns the record; otherwise "not found". */
    public static void ensureVisible(CurrentUser user, String ownerOrganisation, String what) {
        if (!user.hasAnyRole(OFFICER, APPLICANT) || !user.agencyScope(OFFICER).includes(ownerOrganisation)) {
            throw new NotFoundException(what);
        }
    }

    /** Only the owning applicant organisation (officers read, they do not keep the roster). */
    public static void ensureOwner(CurrentUser user, String ownerOrganisation, String what) {
        if (user.hasRole(APPLICANT) && ownerOrganisation.equals(user.requireAgency())) {
            return;
        }
        if (officer(user)) {
            throw new AccessDeniedException("only the kindergarten keeps its roster and applications");
        }
        throw new NotFoundException(what);
    }
}
