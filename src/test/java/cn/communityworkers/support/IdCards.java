package cn.communityworkers.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import cn.communityworkers.workforce.IdCardNumber;

/** Valid identity numbers for test workers: a random area code and sequence, so that tests sharing a database never collide. */
public final class IdCards {

    private IdCards() {
    }

    /** A valid number of someone born on {@code birthDate}. */
    public static String of(LocalDate birthDate) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdCardNumber.compose(String.valueOf(random.nextInt(100_000, 1_000_000)), birthDate, random.nextInt(1000));
    }

    /** A valid number of someone born on {@code birthDate} ({@code yyyy-MM-dd}). */
    public static String of(String birthDate) {
        return of(LocalDate.parse(birthDate));
    }
}
