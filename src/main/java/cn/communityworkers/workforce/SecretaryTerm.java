package cn.communityworkers.workforce;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A term as community party secretary; {@code end} is empty while it runs. */
@Table("secretary_term")
public record SecretaryTerm(@Column("term_start") LocalDate start, @Column("term_end") LocalDate end,
        boolean completed) {
}
