package cn.communityworkers.election;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.communityworkers.election.ElectionProcess.*;

/**
 * An election's result as the street registers it: the community, the day, the secretary and the director (the same
 * person when one holds both, 一肩挑), the deputies and the committee members, and a note on the election.
 */
record ElectionResult(String communityCode, LocalDate electionDate, String secretaryId, String directorId,
        List<String> deputyIds, List<String> memberIds, String electionNote) {

    /** Reads a start request (start variables, or the recorded case's request); what is missing or wrong is refused. */
    static ElectionResult read(Map<String, ?> variables) {
        return new ElectionResult(COMMUNITY_CODE.in(variables).strip(), ELECTION_DATE.in(variables),
                SECRETARY_ID.in(variables).strip(), DIRECTOR_ID.in(variables).strip(),
                DEPUTY_IDS.fromIfGiven(variables.get(DEPUTY_IDS.name())).orElse(List.of()),
                MEMBER_IDS.fromIfGiven(variables.get(MEMBER_IDS.name())).orElse(List.of()),
                ELECTION_NOTE.in(variables).strip());
    }

    /** 一肩挑: the secretary is also the residents' committee's director. */
    boolean onePerson() {
        return secretaryId.equals(directorId);
    }

    /** The request as checked, as the case records it. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        COMMUNITY_CODE.put(variables, communityCode);
        ELECTION_DATE.put(variables, electionDate);
        SECRETARY_ID.put(variables, secretaryId);
        DIRECTOR_ID.put(variables, directorId);
        DEPUTY_IDS.put(variables, deputyIds);
        MEMBER_IDS.put(variables, memberIds);
        ELECTION_NOTE.put(variables, electionNote);
        return variables;
    }
}
