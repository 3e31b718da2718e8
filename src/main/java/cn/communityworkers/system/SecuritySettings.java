package cn.communityworkers.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP front of {@code /engine-rest}, {@code /api} and {@code /audit} (defaults in application.yaml).
 *
 * @param allowedOrigins origins ({@code scheme://host[:port]}) besides the application's own from which a browser may
 *        send a request that changes something
 * @param maxBodySize the largest request body of any call but the CSV uploads
 * @param maxUploadSize the largest CSV upload (roster, exam scores, satisfaction survey)
 * @param maxUploadLines the most lines of a CSV upload
 */
@ConfigurationProperties("security")
record SecuritySettings(List<String> allowedOrigins, DataSize maxBodySize, DataSize maxUploadSize, long maxUploadLines) {

    SecuritySettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
