package cn.communityworkers.promotion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param noticePeriod how long the selected secretaries are on public notice (公示) */
@ConfigurationProperties("promotion")
public record PromotionProperties(@DefaultValue("P7D") Duration noticePeriod) {
}
