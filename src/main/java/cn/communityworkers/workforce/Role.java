package cn.communityworkers.workforce;

/** A community worker's role; the post category (三岗) follows from it. */
public enum Role {
    /** 社区党组织书记 */
    SECRETARY(PostCategory.A),
    /** 居民委员会主任 */
    DIRECTOR(PostCategory.A),
    /** 副书记、副主任 */
    DEPUTY(PostCategory.B),
    /** "两委"委员 */
    COMMITTEE_MEMBER(PostCategory.C),
    /** 社区专职工作人员 */
    STAFF(PostCategory.C);

    private final PostCategory postCategory;

    Role(PostCategory postCategory) {
        this.postCategory = postCategory;
    }

    public PostCategory postCategory() {
        return postCategory;
    }
}
