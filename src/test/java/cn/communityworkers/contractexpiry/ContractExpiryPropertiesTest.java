package cn.communityworkers.contractexpiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.junit.jupiter.api.Test;

/** The lead time and the notice are whole days: a month (of 28 to 31 days) or nothing stops the start. */
class ContractExpiryPropertiesTest {

    @Test
    void wholeDaysAreTaken() {
        assertThat(new ContractExpiryProperties(Period.ofDays(60), Period.ofDays(30)).notice().getDays()).isEqualTo(30);
    }

    @Test
    void monthsOrNothingAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new ContractExpiryProperties(Period.ofMonths(2), Period.ofDays(30)))
                .hasMessageStartingWith("workforce.contract-expiry.lead = P2M");
        assertThatThrownBy(() -> new ContractExpiryProperties(Period.ofDays(60), Period.ZERO))
                .hasMessageStartingWith("workforce.contract-expiry.notice = P0D");
    }
}
