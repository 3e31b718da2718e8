package cn.communityworkers.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A street (街道) or township (乡镇): it manages the community full-time staff centrally. */
@Table("street")
public record Street(@Id String code, String name, String countyCode, @Version Long version) {
}
