package cn.communityworkers.workforce;

/** 三岗: A 正职, B 副职, C 委员及专职工作人员 (local default of the post sequence). */
public enum PostCategory {
    A, B, C
}
