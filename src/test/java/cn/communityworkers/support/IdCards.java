package cn.communityworkers.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

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

    /**
     * {@code count} different valid numbers of people born on {@code birthDate}: consecutive sequences in random area
     * codes, so that a file of them never repeats one (independent random numbers would, now and then, in a thousand).
     */
    public static List<String> distinct(LocalDate birthDate, int count) {
        int area = ThreadLocalRandom.current().nextInt(100_000, 1_000_000 - count / 1000 - 1);
        return IntStream.range(0, count)
                .mapToObj(i -> IdCardNumber.compose(String.valueOf(area + i / 1000), birthDate, i % 1000)).toList();
    }

    /** A valid number of someone born on {@code birthDate} ({@code yyyy-MM-dd}). */
    public static String of(String birthDate) {
        return of(LocalDate.parse(birthDate));
    }
}
