package cn.beijing.platform.guardianship;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.ServiceBootContract;

/** The service boots on its own database and the broker, reports ready, and refuses calls without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class GuardianshipServiceBootIT extends ServiceBootContract {

    @Override
    protected String apiRoot() {
        return "/api/guardianship";
    }

    @Override
    protected String documentName() {
        return "guardianship";
    }
}
