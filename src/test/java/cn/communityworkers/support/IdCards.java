package cn.communityworkers.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import cn.communityworkers.workforce.IdCardNumber;

/** Valid identity numbers for test workers: a random area code and sequence, so that tests sharing a database never collide. */
public final class IdCards {

    /** The area codes from here on are {@link #distinct}'s alone, so that its numbers never meet {@link #of}'s. */
    private static final int DISTINCT_AREAS = 900_000;

    private IdCards() {
    }

    /** A valid number of someone born on {@code birthDate}. */
    public static String of(LocalDate birthDate) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdCardNumber.compose(String.valueOf(random.nextInt(100_000, DISTINCT_AREAS)), birthDate,
                random.nextInt(1000));
    }

    /**
     * {@code count} different valid numbers of people born on {@code birthDate}: consecutive sequences in random area
     * codes of their own, so that they repeat neither each other nor a number of {@link #of} in the same database.
     */
    public static List<String> distinct(LocalDate birthDate, int count) {
        int area = ThreadLocalRandom.current().nextInt(DISTINCT_AREAS, 1_000_000 - count / 1000 - 1);
        return IntStream.range(0, count)
                .mapToObj(i -> IdCardNumber.compose(String.valueOf(area + i / 1000), birthDate, i % 1000)).toList();
    }

    /** A valid number of someone born on {@code birthDate} ({@code yyyy-MM-dd}). */
    public static String of(String birthDate) {
        return of(LocalDate.parse(birthDate));
    }
}
