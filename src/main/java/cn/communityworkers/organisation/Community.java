package cn.communityworkers.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("community")
public record Community(@Id String code, String name, String streetCode, @Version Long version) {
}
