package cn.communityworkers.workforce;

/** Seats held by a county's open recruitments against its approved total; the recruitment feature provides it. */
public interface ReservedSeats {

    int reservedSeats(String countyCode);
}
