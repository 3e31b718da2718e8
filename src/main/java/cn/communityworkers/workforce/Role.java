package cn.communityworkers.workforce;

/** A community worker's role; the post category (三岗) follows from it. */
public enum Role {
    /** 社区党组织书记 */
    SECRETARY(PostCategory.A, "社区党组织书记"),
    /** 居民委员会主任 */
    DIRECTOR(PostCategory.A, "居民委员会主任"),
    /** 副书记、副主任 */
    DEPUTY(PostCategory.B, "副书记、副主任"),
    /** "两委"委员 */
    COMMITTEE_MEMBER(PostCategory.C, "\"两委\"委员"),
    /** 社区专职工作人员 */
    STAFF(PostCategory.C, "社区专职工作人员");

    private final PostCategory postCategory;
    private final String label;

    Role(PostCategory postCategory, String label) {
        this.postCategory = postCategory;
        this.label = label;
    }

    /** The Chinese name of the post. */
    public String label() {
        return label;
    }

    public PostCategory postCategory() {
        return postCategory;
    }
}
