package cn.beijing.platform.common.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** Who is calling: the token's subject, its {@code roles} and its {@code agency} claim. */
public record CurrentUser(String subject, Set<String> roles, String agency) {

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

    public static CurrentUser from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(JwtRoles.ROLES_CLAIM);
        return new CurrentUser(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString(JwtRoles.AGENCY_CLAIM));
    }

    /** The caller of the current request; empty outside an authenticated request. */
    public static Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Authentication.class::cast)
                .map(auth -> from(((JwtAuthenticationToken) auth).getToken()));
    }
}
