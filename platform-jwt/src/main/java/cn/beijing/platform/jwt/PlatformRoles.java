package cn.beijing.platform.jwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The one rule for the {@code roles} claim, at the gateway and in every service: absent (no role), or a JSON array of
 * role names ({@value #ROLE_NAME}). Anything else — a plain string such as {@code "OPS"}, a number, an array with a
 * non-string or lower-case element — makes the token invalid (401): a string is never read as one role, so that a
 * token means the same thing everywhere. Roles become {@code ROLE_<name>} authorities.
 */
public final class PlatformRoles implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String ROLES_CLAIM = "roles";
    public static final String AGENCY_CLAIM = "agency";
    /** An upper-case role name such as {@code ENERGY_OWNER}. */
    public static final String ROLE_NAME = "[A-Z][A-Z0-9_]{0,63}";

    private static final Pattern ROLE = Pattern.compile(ROLE_NAME);

    /** The roles of a token that passed {@link PlatformTokenRules}. */
    public static List<String> of(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        if (claim == null) {
            return List.of();
        }
        if (problem(claim).isPresent()) {
            throw new IllegalArgumentException("the roles claim breaks the token rules");
        }
        List<String> roles = new ArrayList<>();
        ((Collection<?>) claim).forEach(role -> roles.add((String) role));
        return List.copyOf(roles);
    }

    /** What is wrong with a {@code roles} claim, or empty when it keeps the rule. */
    static Optional<String> problem(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        if (!(claim instanceof Collection<?> roles)) {
            return Optional.of("the roles claim must be an array of role names");
        }
        for (Object role : roles) {
            if (!(role instanceof String name) || !ROLE.matcher(name).matches()) {
                return Optional.of("every role must be an upper-case role name");
            }
        }
        return Optional.empty();
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject()));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : of(jwt)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return authorities;
    }
}
