package cn.beijing.platform.common.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service used to test the platform machinery against the real database and broker. */
@SpringBootApplication
public class CommonTestApplication {
}
