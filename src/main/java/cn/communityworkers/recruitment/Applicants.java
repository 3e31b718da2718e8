package cn.communityworkers.recruitment;

import java.math.BigDecimal;

/** Small rules shared by the recruitment's listeners. */
final class Applicants {

    static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private Applicants() {
    }

    static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
