package cn.communityworkers.recruitment;

/** Small rules shared by the recruitment's listeners. */
final class Applicants {

    private Applicants() {
    }

    static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
