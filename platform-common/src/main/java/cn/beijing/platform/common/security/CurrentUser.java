package cn.beijing.platform.common.security;

import java.util.Set;

import cn.beijing.platform.jwt.PlatformRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the token's subject, its {@code roles} and its {@code agency} claim. The token rules guarantee a
 * subject; the agency is absent for callers that act for no agency.
 *
 * <p>The one rule for scoped roles: a role that sees only its own agency's records (a hospital, an applicant
 * organisation, a guardianship supervisor) and comes without an {@code agency} claim sees nothing — it is refused
 * with 403 by {@link #agencyScope} and {@link #requireAgency} — never every agency's records. Roles scoped to their
 * own records (an energy owner) are scoped to the subject, which every token has.
 */
public record CurrentUser(String subject, Set<String> roles, String agency) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        agency = agency == null || agency.isBlank() ? null : agency;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The agency this caller acts for; 403 when the token names none. */
    public String requireAgency() {
        if (agency == null) {
            throw new AccessDeniedException("this role acts for an agency and the token names none");
        }
        return agency;
    }

    /**
     * Whose records this caller may see: every agency's when it holds one of {@code unscopedRoles} (a bureau, an
     * officer), otherwise its own agency's only — and a caller without an agency claim is refused (403).
     */
    public AgencyScope agencyScope(String... unscopedRoles) {
        return hasAnyRole(unscopedRoles) ? AgencyScope.EVERY_AGENCY : new AgencyScope(requireAgency());
    }

    /** The records one caller may see: one agency's ({@code agency}), or every agency's ({@code agency} null). */
    public record AgencyScope(String agency) {

        static final AgencyScope EVERY_AGENCY = new AgencyScope(null);

        public boolean everyAgency() {
            return agency == null;
        }

        /** Whether a record of {@code recordAgency} is inside the scope. */
        public boolean includes(String recordAgency) {
            return agency == null || agency.equals(recordAgency);
        }

        /**
         * The agency a listing is filtered by: what was asked (null: all) within every agency, else the caller's own;
         * asking a scoped caller's listing for another agency is refused (403).
         */
        public String filter(String requested) {
            if (agency == null) {
                return requested;
            }
            if (requested != null && !requested.equals(agency)) {
                throw new AccessDeniedException("the caller sees its own agency's records only");
            }
            return agency;
        }
    }

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(jwt.getSubject(), Set.copyOf(PlatformRoles.of(jwt)),
                jwt.getClaimAsString(PlatformRoles.AGENCY_CLAIM));
    }

    /** The caller of the current request; empty outside an authenticated request. */
    public static Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Authentication.class::cast)
                .map(auth -> from(((JwtAuthenticationToken) auth).getToken()));
    }

    /**
     * The caller of the current request behind the security chain, which refuses unauthenticated requests (401): an
     * error ({@link IllegalStateException}) when there is none.
     */
    public static Mono<CurrentUser> required() {
        return current().switchIfEmpty(Mono.error(() -> new IllegalStateException("no authenticated caller")));
    }
}
