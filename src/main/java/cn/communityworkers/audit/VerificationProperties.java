package cn.communityworkers.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the seal chain is verified ({@link Verifications}): {@code chunk} seals are checked and committed with the
 * progress at a time, on {@code threads} threads; a node that has not renewed a verification's lease for {@code lease}
 * (renewed with every chunk) is taken to have stopped, and another node, or this one after a restart, goes on with it.
 */
@ConfigurationProperties("audit.verification")
public record VerificationProperties(int chunk, int threads, Duration lease) {

    public VerificationProperties {
        if (chunk < 1) {
            throw new IllegalArgumentException("audit.verification.chunk must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("audit.verification.threads must be at least 1");
        }
        if (lease == null || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("audit.verification.lease must be at least a second (e.g. PT2M)");
        }
    }
}
