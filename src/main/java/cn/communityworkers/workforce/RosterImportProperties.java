package cn.communityworkers.workforce;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rosters imported in the background ({@link RosterImports}): a node that has not renewed an import's lease for
 * {@code lease} (renewed every {@value WorkerRegistry#PROGRESS_EVERY} rows checked or stored) is taken to have
 * stopped, and another node, or this one after a restart, runs the import again from its file.
 */
@ConfigurationProperties("workforce.import")
public record RosterImportProperties(@DefaultValue("PT2M") Duration lease) {

    public RosterImportProperties {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("workforce.import.lease must be at least a second (e.g. PT2M)");
        }
    }
}
