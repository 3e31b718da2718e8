package cn.communityworkers.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param batchSize how many workers one job of a pay run recomputes (one transaction each) */
@ConfigurationProperties("workforce.pay-run")
public record PayRunProperties(int batchSize) {
}
