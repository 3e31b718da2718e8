package cn.communityworkers.system;

/** A 404: what was asked for does not exist, said in Chinese ({@code kind} is its Chinese name). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + "“" + id + "”不存在");
    }
}
