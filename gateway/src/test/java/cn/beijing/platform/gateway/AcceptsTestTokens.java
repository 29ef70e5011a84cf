package cn.beijing.platform.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.beijing.platform.test.TestTokens;
import org.springframework.test.context.TestPropertySource;

/** The gateway under test verifies the tokens {@link TestTokens} signs: its secret, issuer and audience. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {
        "platform.security.jwt.hmac-secret=" + TestTokens.SECRET,
        "platform.security.jwt.issuer=" + TestTokens.ISSUER,
        "platform.security.jwt.audiences=" + TestTokens.AUDIENCE })
@interface AcceptsTestTokens {
}
