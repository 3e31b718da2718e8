package cn.communityworkers.system;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " '" + id + "' does not exist");
    }
}
