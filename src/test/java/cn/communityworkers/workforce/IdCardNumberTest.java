package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdCardNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    IdCardNumber.Result read(String text) {
        return IdCardNumber.read("idCardNumber", text, TODAY);
    }

    /** Numbers whose check character was worked out by hand with the weights and "10X98765432". */
    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 1949-12-31, FEMALE",
            "440106200001010027, 2000-01-01, FEMALE",
            "110101199003070011, 1990-03-07, MALE",
    })
    void aValidNumberGivesItsBirthDateAndSex(String text, LocalDate birthDate, Sex sex) {
        IdCardNumber number = read(text).number();
        assertThat(read(text).violation()).isNull();
        assertThat(number.value()).isEqualTo(text);
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.sex()).isEqualTo(sex);
    }

    @Test
    void aLowerCaseXAndSurroundingSpacesAreRead() {
        assertThat(read(" 11010519491231002x ").number().value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                  | required             | 请填写身份证号码(idCardNumber)",
            "1101051949123100    | id-card-length       | 应为18位,填写的是16位",
            "11010519491231002X1 | id-card-length       | 应为18位,填写的是19位",
            "1101051949123100X2  | id-card-characters   | 前17位只能是数字",
            "11010519491231002Y  | id-card-characters   | 最后一位是数字或X",
            "01010519491231002X  | id-card-area         | 不能以0开头",
            "110105194902300021  | id-card-birth-date   | 19490230不是真实的日期",
            "110105203001010021  | id-card-birth-date   | 不在1900-01-01至今天之间",
            "110105189912310021  | id-card-birth-date   | 不在1900-01-01至今天之间",
            "110105194912310021  | id-card-checksum     | 最后一位应为X",
    })
    void eachBrokenRuleIsNamedInChinese(String text, String rule, String message) {
        IdCardNumber.Result result = read(text);
        assertThat(result.number()).isNull();
        assertThat(result.violation().field()).isEqualTo("idCardNumber");
        assertThat(result.violation().rule()).isEqualTo(rule);
        assertThat(result.violation().message()).contains("身份证号码(idCardNumber)").contains(message);
    }

    @Test
    void composedNumbersAreValidAndTheSequenceGivesTheSex() {
        LocalDate born = LocalDate.of(1979, 2, 28);
        for (int sequence = 0; sequence < 1000; sequence += 37) {
            IdCardNumber number = read(IdCardNumber.compose("990101", born, sequence)).number();
            assertThat(number.birthDate()).isEqualTo(born);
            assertThat(number.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        }
        assertThatThrownBy(() -> IdCardNumber.compose("099010", born, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdCardNumber.compose("990101", born, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMaskHidesTheBirthDateAndTheFirstSequenceDigits() {
        assertThat(IdCardNumber.mask("44010119900307123X")).isEqualTo("440101********123X");
        assertThat(IdCardNumber.of("11010519491231002X").toString()).isEqualTo("110105********002X");
        assertThat(IdCardNumber.mask(null)).isNull();
    }

    @Test
    void aBirthDateGivenMustAgree() {
        IdCardNumber number = IdCardNumber.of("11010519491231002X");
        assertThat(number.disagreement("birthDate", null)).isEmpty();
        assertThat(number.disagreement("birthDate", LocalDate.of(1949, 12, 31))).isEmpty();
        assertThat(number.disagreement("birthDate", LocalDate.of(1949, 12, 30)).orElseThrow().message())
                .isEqualTo("出生日期(birthDate)1949-12-30与身份证号码中的出生日期1949-12-31不一致");
    }
}
