package cn.communityworkers.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A city (市, 地级) above counties: its party committee's organisation and social-work departments follow the
 * community workers of its counties (the statistics of 《意见》第16条).
 */
@Table("city")
public record City(@Id String code, String name, @Version Long version) {
}
