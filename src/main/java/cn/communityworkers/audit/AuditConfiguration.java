package cn.communityworkers.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sealing runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class AuditConfiguration {
}
