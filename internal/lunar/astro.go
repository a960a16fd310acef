package lunar

import "math"

// The formulas below are from Jean Meeus, "Astronomical Algorithms"
// (2nd ed., 1998): chapter 49 for the instants of new moon, chapter 25
// for the apparent longitude of the Sun. ΔT is from the polynomial
// expressions of Espenak and Meeus (NASA, "Five Millennium Canon of Solar
// Eclipses", 2006), which cover the supported years.

const (
	deg = math.Pi / 180
	// tz is the offset of the calendar's meridian, 105° E, in days.
	tz = 7.0 / 24
	// julian2000 is the Julian Ephemeris Day of the J2000.0 epoch.
	julian2000 = 2451545.0
	// synodicMonth is the mean length of a lunation in days (Meeus 49.1).
	synodicMonth = 29.530588861
	// newMoon2000 is the mean new moon of 2000-01-06, lunation k = 0.
	newMoon2000 = 2451550.09766
)

// newMoonPeriodic holds Meeus's periodic terms for the new moon (table 49.A):
// coefficient (days), power of E, and the multiples of M, M′ and F.
var newMoonPeriodic = [...]struct {
	c        float64
	e        int
	m, mp, f float64
}{
	{-0.40720, 0, 0, 1, 0},
	{0.17241, 1, 1, 0, 0},
	{0.01608, 0, 0, 2, 0},
	{0.01039, 0, 0, 0, 2},
	{0.00739, 1, -1, 1, 0},
	{-0.00514, 1, 1, 1, 0},
	{0.00208, 2, 2, 0, 0},
	{-0.00111, 0, 0, 1, -2},
	{-0.00057, 0, 0, 1, 2},
	{0.00056, 1, 1, 2, 0},
	{-0.00042, 0, 0, 3, 0},
	{0.00042, 1, 1, 0, 2},
	{0.00038, 1, 1, 0, -2},
	{-0.00024, 1, -1, 2, 0},
	{-0.00007, 0, 2, 1, 0},
	{0.00004, 0, 0, 2, -2},
	{0.00004, 0, 3, 0, 0},
	{0.00003, 0, 1, 1, -2},
	{0.00003, 0, 0, 2, 2},
	{-0.00003, 0, 1, 1, 2},
	{0.00003, 0, -1, 1, 2},
	{-0.00002, 0, -1, 1, -2},
	{-0.00002, 0, 1, 3, 0},
	{0.00002, 0, 0, 4, 0},
}

// planetaryArgs holds the additional corrections of Meeus 49 for the
// planetary perturbations: A_i = a + b·k (+ c·T² for A1), amplitude in
// 10⁻⁶ days.
var planetaryArgs = [...]struct{ a, b, amp float64 }{
	{299.77, 0.107408, 325},
	{251.88, 0.016321, 165},
	{251.83, 26.651886, 164},
	{349.42, 36.412478, 126},
	{84.66, 18.206239, 110},
	{141.74, 53.303771, 62},
	{207.14, 2.453732, 60},
	{154.84, 7.306860, 56},
	{34.52, 27.261239, 47},
	{207.19, 0.121824, 42},
	{291.34, 1.844379, 40},
	{161.72, 24.198154, 37},
	{239.56, 25.513099, 35},
	{331.55, 3.592518, 23},
}

// newMoonJDE returns the Julian Ephemeris Day (TT) of true new moon number k,
// counted from the new moon of 2000-01-06.
func newMoonJDE(k float64) float64 {
	t := k / 1236.85
	t2, t3, t4 := t*t, t*t*t, t*t*t*t
	jde := newMoon2000 + synodicMonth*k + 0.00015437*t2 - 0.000000150*t3 + 0.00000000073*t4
	e := 1 - 0.002516*t - 0.0000074*t2
	m := (2.5534 + 29.10535670*k - 0.0000014*t2 - 0.00000011*t3) * deg
	mp := (201.5643 + 385.81693528*k + 0.0107582*t2 + 0.00001238*t3 - 0.000000058*t4) * deg
	f := (160.7108 + 390.67050284*k - 0.0016118*t2 - 0.00000227*t3 + 0.000000011*t4) * deg
	omega := (124.7746 - 1.56375588*k + 0.0020672*t2 + 0.00000215*t3) * deg
	for _, p := range newMoonPeriodic {
		jde += p.c * math.Pow(e, float64(p.e)) * math.Sin(p.m*m+p.mp*mp+p.f*f)
	}
	jde += -0.00017 * math.Sin(omega)
	for i, p := range planetaryArgs {
		a := p.a + p.b*k
		if i == 0 {
			a -= 0.009173 * t2
		}
		jde += p.amp * 1e-6 * math.Sin(a*deg)
	}
	return jde
}

// sunLongitude returns the apparent geocentric longitude of the Sun in
// degrees, [0, 360), at Julian Ephemeris Day jde (Meeus 25, low accuracy,
// about 0.01°, i.e. a quarter of an hour of solar motion).
func sunLongitude(jde float64) float64 {
	t := (jde - julian2000) / 36525
	l0 := 280.46646 + 36000.76983*t + 0.0003032*t*t
	m := (357.52911 + 35999.05029*t - 0.0001537*t*t) * deg
	c := (1.914602-0.004817*t-0.000014*t*t)*math.Sin(m) +
		(0.019993-0.000101*t)*math.Sin(2*m) + 0.000289*math.Sin(3*m)
	omega := (125.04 - 1934.136*t) * deg
	lambda := l0 + c - 0.00569 - 0.00478*math.Sin(omega)
	lambda = math.Mod(lambda, 360)
	if lambda < 0 {
		lambda += 360
	}
	return lambda
}

// deltaT returns TT − UT in days for a (fractional) year.
func deltaT(y float64) float64 {
	var s float64
	switch {
	case y < 1860:
		u := (y - 1820) / 100
		s = -20 + 32*u*u
	case y < 1900:
		t := y - 1860
		s = 7.62 + 0.5737*t - 0.251754*t*t + 0.01680668*t*t*t - 0.0004473624*t*t*t*t + math.Pow(t, 5)/233174
	case y < 1920:
		t := y - 1900
		s = -2.79 + 1.494119*t - 0.0598939*t*t + 0.0061966*t*t*t - 0.000197*t*t*t*t
	case y < 1941:
		t := y - 1920
		s = 21.20 + 0.84493*t - 0.076100*t*t + 0.0020936*t*t*t
	case y < 1961:
		t := y - 1950
		s = 29.07 + 0.407*t - t*t/233 + t*t*t/2547
	case y < 1986:
		t := y - 1975
		s = 45.45 + 1.067*t - t*t/260 - t*t*t/718
	case y < 2005:
		t := y - 2000
		s = 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*t*t*t + 0.000651814*t*t*t*t + 0.00002373599*math.Pow(t, 5)
	case y < 2050:
		t := y - 2000
		s = 62.92 + 0.32217*t + 0.005589*t*t
	case y < 2150:
		u := (y - 1820) / 100
		s = -20 + 32*u*u - 0.5628*(2150-y)
	default:
		u := (y - 1820) / 100
		s = -20 + 32*u*u
	}
	return s / 86400
}

// yearOf gives the approximate decimal year of a Julian Day, precise
// enough for ΔT.
func yearOf(jd float64) float64 {
	return 2000 + (jd-julian2000)/365.25
}

// newMoonDay returns the local (UTC+7) Julian Day Number of the civil day
// that contains new moon number k: the first day of a lunar month.
func newMoonDay(k int) int {
	jde := newMoonJDE(float64(k))
	ut := jde - deltaT(yearOf(jde))
	return int(math.Floor(ut + tz + 0.5))
}

// sunLongitudeAtDayStart returns the Sun's apparent longitude at local
// (UTC+7) midnight at the start of the day with Julian Day Number jdn.
// A lunar month contains a principal solar term exactly when the value
// passes a multiple of 30° between the midnights that begin this month
// and the next.
func sunLongitudeAtDayStart(jdn int) float64 {
	ut := float64(jdn) - 0.5 - tz
	return sunLongitude(ut + deltaT(yearOf(ut)))
}

// lunationBefore returns the number of a lunation whose new moon falls one
// to two months before jdn.
func lunationBefore(jdn int) int {
	return int(math.Floor((float64(jdn)-newMoon2000)/synodicMonth)) - 1
}
