package cn.beijing.platform.energy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EnergyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnergyServiceApplication.class, args);
    }
}
