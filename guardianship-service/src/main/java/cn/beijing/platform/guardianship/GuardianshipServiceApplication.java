package cn.beijing.platform.guardianship;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GuardianshipServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuardianshipServiceApplication.class, args);
    }
}
