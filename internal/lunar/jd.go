package lunar

import "time"

// unixEpochJDN is the Julian Day Number of 1970-01-01.
const unixEpochJDN = 2440588

// julianDay returns the Julian Day Number of a proleptic Gregorian date.
func julianDay(y int, m time.Month, d int) int {
	days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	return int(days) + unixEpochJDN
}

// fromJulianDay returns UTC midnight of the day with Julian Day Number jdn.
func fromJulianDay(jdn int) time.Time {
	return time.Unix(int64(jdn-unixEpochJDN)*86400, 0).UTC()
}
