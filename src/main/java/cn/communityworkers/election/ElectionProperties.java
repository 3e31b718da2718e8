package cn.communityworkers.election;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fullTermAtLeast how long a secretary's term ended by an election must have lasted to count as a full term
 *                        (任满一届, which the promotion of §13 asks for): a term is 5 years (local default of §13), an
 *                        election held up to half a year early still completes it, a term begun mid-way (补选) does not
 */
@ConfigurationProperties("election")
public record ElectionProperties(@DefaultValue("P4Y6M") Period fullTermAtLeast) {
}
