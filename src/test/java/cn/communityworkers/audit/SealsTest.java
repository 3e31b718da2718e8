package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.communityworkers.audit.Seals.Seal;

/** A seal's own hashes, with and without the digest of its history rows (seals made before it was kept). */
class SealsTest {

    static final String TRAIL = "{\"processInstanceId\":\"pi-1\"}";
    static final String PREVIOUS = Seals.GENESIS;

    static Seal seal(String rowsHash, String sealHash) {
        return new Seal(7, "pi-1", "secondment", null, null, null, Instant.parse("2026-12-04T00:00:00Z"), TRAIL,
                Canonical.sha256(TRAIL), PREVIOUS, sealHash, rowsHash);
    }

    static String sealHash(String rowsHash) {
        return Seals.sealHash(7, "pi-1", Canonical.sha256(TRAIL), PREVIOUS, rowsHash);
    }

    @Test
    void aSealWithoutTheRowsDigestHoldsButIsAlwaysCheckedByItsTrail() {
        Seal old = seal(null, sealHash(null));
        assertThat(Seals.altered(old)).isFalse();
        assertThat(Seals.unchanged(old, Map.of("pi-1", "any"))).isFalse();
    }

    @Test
    void aSealWithTheRowsDigestIsIntactWithoutItsTrailOnlyWhileTheRowsAreAsSealed() {
        Seal sealed = seal("rows-1", sealHash("rows-1"));
        assertThat(Seals.altered(sealed)).isFalse();
        assertThat(Seals.unchanged(sealed, Map.of("pi-1", "rows-1"))).isTrue();
        assertThat(Seals.unchanged(sealed, Map.of("pi-1", "rows-2"))).as("the rows changed").isFalse();
        assertThat(Seals.unchanged(sealed, Map.of())).as("the history is gone").isFalse();
    }

    @Test
    void aRowsDigestRemovedOrReplacedIsAnEditOfTheSeal() {
        assertThat(Seals.altered(seal(null, sealHash("rows-1")))).isTrue();
        assertThat(Seals.altered(seal("rows-2", sealHash("rows-1")))).isTrue();
        assertThat(Seals.unchanged(seal("rows-2", sealHash("rows-1")), Map.of("pi-1", "rows-2"))).isFalse();
    }
}
