package cn.beijing.platform.medical;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MedicalInsuranceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MedicalInsuranceServiceApplication.class, args);
    }
}
