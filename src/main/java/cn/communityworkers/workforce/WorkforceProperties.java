package cn.communityworkers.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retirementAge the retirement age the secretary promotion counts the years to retirement against (local
 *                      default 60). The registry records no sex, so one age serves for everyone; the statutory ages
 *                      differ by sex and rise gradually from 2025 (全国人大常委会关于实施渐进式延迟法定退休年龄的决定),
 *                      which a county sets here until the registry knows them
 */
@ConfigurationProperties("workforce")
public record WorkforceProperties(@DefaultValue("60") int retirementAge) {
}
