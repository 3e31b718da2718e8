package cn.communityworkers.workforce;

public enum Education {
    HIGH_SCHOOL, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTOR
}
