package cn.communityworkers.workforce;

import java.time.LocalDate;

/** A term as community party secretary (table {@code secretary_term}); {@code end} is empty while it runs. */
public record SecretaryTerm(LocalDate start, LocalDate end, boolean completed) {
}
