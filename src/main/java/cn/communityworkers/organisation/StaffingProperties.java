package cn.communityworkers.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workersPerTenThousand community workers per 10,000 urban residents: the standard from which a county's
 *                              approved total is set (《关于加强社区工作者队伍建设的意见》第3条: 18)
 */
@ConfigurationProperties("workforce.staffing")
public record StaffingProperties(int workersPerTenThousand) {
}
