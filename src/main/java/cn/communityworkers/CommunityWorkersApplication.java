package cn.communityworkers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunityWorkersApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommunityWorkersApplication.class, args);
    }
}
