package cn.communityworkers.workforce;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("assessment_record")
public record AssessmentRecord(@Column("assessment_year") int year, Rating rating) {
}
