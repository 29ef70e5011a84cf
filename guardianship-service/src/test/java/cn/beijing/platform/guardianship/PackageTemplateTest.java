package cn.beijing.platform.guardianship;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.beijing.platform.test.ServiceArchitecture;

/** The platform's one package template (README, module map), checked by the rules every service applies. */
class PackageTemplateTest {

    @TestFactory
    Stream<DynamicTest> followsThePlatformPackageTemplate() {
        return ServiceArchitecture.check("cn.beijing.platform.guardianship");
    }
}
