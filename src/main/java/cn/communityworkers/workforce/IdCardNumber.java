package cn.communityworkers.workforce;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.communityworkers.system.Violation;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999), 18 characters: the 6-digit code of the area of first
 * registration, the birth date ({@code yyyyMMdd}), a 3-digit sequence whose parity gives the sex (odd male) and a
 * check character by ISO 7064 MOD 11-2. A lower-case {@code x} is read as {@code X}. It is shown masked
 * ({@link #masked()}) to everyone but the worker's personnel offices, and it is never written into a process variable or
 * the change log.
 */
public final class IdCardNumber {

    public static final int LENGTH = 18;
    /** The earliest birth date taken as real. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern CHARACTERS = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern AREA = Pattern.compile("[1-9][0-9]{5}");

    private final String value;
    private final LocalDate birthDate;

    private IdCardNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * The number in {@code text} (spaces around it ignored, {@code x} read as {@code X}), or the first rule it breaks as
     * a violation of {@code field} in Chinese, {@code today} bounding the birth date.
     */
    public static Result read(String field, String text, LocalDate today) {
        String label = "身份证号码(" + field + ")";
        if (text == null || text.isBlank()) {
            return Result.refused(Violation.of(field, "required", "请填写" + label));
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        if (value.length() != LENGTH) {
            return Result.refused(Violation.of(field, "id-card-length",
                    label + "应为18位,填写的是" + value.length() + "位"));
        }
        if (!CHARACTERS.matcher(value).matches()) {
            return Result.refused(Violation.of(field, "id-card-characters",
                    label + "前17位只能是数字,最后一位是数字或X"));
        }
        if (!AREA.matcher(value.substring(0, 6)).matches()) {
            return Result.refused(Violation.of(field, "id-card-area",
                    label + "的前6位地址码不能以0开头(" + value.substring(0, 6) + ")"));
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.refused(Violation.of(field, "id-card-birth-date",
                    label + "第7至14位的出生日期" + value.substring(6, 14) + "不是真实的日期"));
        }
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            return Result.refused(Violation.of(field, "id-card-birth-date",
                    label + "中的出生日期" + birthDate + "不在" + EARLIEST_BIRTH + "至今天之间"));
        }
        char check = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != check) {
            return Result.refused(Violation.of(field, "id-card-checksum",
                    label + "校验位不符:按前17位计算最后一位应为" + check + ",请核对号码"));
        }
        return new Result(new IdCardNumber(value, birthDate), null);
    }

    /** A number known to be valid (as stored); anything else is a programming error. */
    public static IdCardNumber of(String value) {
        Result result = read("idCardNumber", value, LocalDate.of(9999, 12, 31));
        if (result.number() == null) {
            throw new IllegalArgumentException(result.violation().message());
        }
        return result.number();
    }

    /** A refusal of {@code birthDateField} when a birth date given does not agree with this number's. */
    public Optional<Violation> disagreement(String birthDateField, LocalDate given) {
        return given == null || given.equals(birthDate) ? Optional.empty()
                : Optional.of(Violation.of(birthDateField, "agrees-with-id-card", "出生日期(" + birthDateField + ")"
                        + given + "与身份证号码中的出生日期" + birthDate + "不一致"));
    }

    /** The number of the area, birth date and sequence (0 to 999) given, with its check character. */
    public static String compose(String areaCode, LocalDate birthDate, int sequence) {
        if (!AREA.matcher(areaCode).matches() || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("area '" + areaCode + "', sequence " + sequence);
        }
        String first17 = areaCode + String.format(Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * The number as shown to those who may not read it whole: the area code and the last four characters, the birth
     * date and the first sequence digits hidden ({@code 440101********123X}); null stays null.
     */
    public static String mask(String value) {
        return value == null ? null : value.substring(0, 6) + "********" + value.substring(14);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Odd sequence (the 17th character) male, even female. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String masked() {
        return mask(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdCardNumber number && number.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: a number is never printed whole by accident (a log line, an exception). */
    @Override
    public String toString() {
        return masked();
    }

    /** A number read, or why it could not be. */
    public record Result(IdCardNumber number, Violation violation) {

        static Result refused(Violation violation) {
            return new Result(null, violation);
        }
    }
}
