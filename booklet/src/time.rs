//! Calendar values without a time-zone library: [`Date`] as a day number, [`Time`] as minutes of the day and
//! [`Timestamp`] as milliseconds since the Unix epoch.
//!
//! The civil-calendar arithmetic is the well-known days-from-civil algorithm on the proleptic Gregorian
//! calendar, written out here so the crate needs no date dependency in the wasm bundle.

use std::fmt;
use std::str::FromStr;

use crate::error::ParseError;

/// A calendar day, stored as days since 1970-01-01 (negative before).
///
/// Years 0 to 9999 are representable, so the ISO text form `YYYY-MM-DD` always has four year digits. The
/// booklet itself accepts a narrower range (see [`crate::validate::MIN_DATE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(i32);

/// Milliseconds in a day.
const MS_PER_DAY: i64 = 86_400_000;

/// Days from 1970-01-01 to a civil date (proleptic Gregorian).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whether `year` is a Gregorian leap year.
const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The earliest representable date, 0000-01-01.
    pub const MIN: Date = Date(-719_528);
    /// The latest representable date, 9999-12-31.
    pub const MAX: Date = Date(2_932_896);

    /// The date of a year, month (1–12) and day (1–31), or `None` if it does not exist or lies outside
    /// years 0–9999.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(0..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(i64::from(year), u32::from(month), u32::from(day));
        i32::try_from(days).ok().map(Date)
    }

    /// The date that is `days` days after 1970-01-01, if representable.
    pub fn from_days_since_epoch(days: i32) -> Option<Date> {
        (Self::MIN.0..=Self::MAX.0).contains(&days).then_some(Date(days))
    }

    /// The date `days` after 1970-01-01 for constants; callers keep it within [`Date::MIN`]..=[`Date::MAX`].
    pub(crate) const fn from_days_since_epoch_const(days: i32) -> Date {
        Date(days)
    }

    /// Days since 1970-01-01 (negative before); the compact form share codes store.
    pub const fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// Year, month (1–12) and day of month (1–31).
    pub fn ymd(self) -> (i32, u8, u8) {
        let (y, m, d) = civil_from_days(i64::from(self.0));
        // A representable date has a four-digit year, month ≤ 12 and day ≤ 31, so the narrowing is exact.
        (y as i32, m as u8, d as u8)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (i64::from(self.0) + 3).rem_euclid(7) as u8
    }

    /// The date `days` days later (earlier if negative), or `None` outside the representable range.
    pub fn add_days(self, days: i32) -> Option<Date> {
        self.0.checked_add(days).and_then(Self::from_days_since_epoch)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub const fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Parses a run of ASCII digits into a number; `None` if any byte is not a digit.
fn parse_digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

impl FromStr for Date {
    type Err = ParseError;

    /// Parses exactly `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(ParseError::Date);
        }
        let year = parse_digits(&b[0..4]).ok_or(ParseError::Date)?;
        let month = parse_digits(&b[5..7]).ok_or(ParseError::Date)?;
        let day = parse_digits(&b[8..10]).ok_or(ParseError::Date)?;
        // Each part has at most four digits, so the conversions cannot fail.
        let (Ok(year), Ok(month), Ok(day)) = (i32::try_from(year), u8::try_from(month), u8::try_from(day))
        else {
            return Err(ParseError::Date);
        };
        Date::from_ymd(year, month, day).ok_or(ParseError::Date)
    }
}

serde_as_string!(Date, "a date as YYYY-MM-DD");

/// A time of day in whole minutes, 00:00 to 23:59, without a time zone (the wall-clock time of an appointment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time(u16);

impl Time {
    /// The time `hour:minute`, or `None` unless `hour < 24` and `minute < 60`.
    pub fn from_hm(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then(|| Time(u16::from(hour) * 60 + u16::from(minute)))
    }

    /// The time that is `minutes` minutes after midnight, if below 1440.
    pub fn from_minutes(minutes: u16) -> Option<Time> {
        (minutes < 1440).then_some(Time(minutes))
    }

    /// Minutes since midnight, 0–1439.
    pub const fn minutes(self) -> u16 {
        self.0
    }

    /// The hour, 0–23.
    pub const fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    /// The minute, 0–59.
    pub const fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl FromStr for Time {
    type Err = ParseError;

    /// Parses exactly `HH:MM` (24-hour clock).
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return Err(ParseError::Time);
        }
        let hour = parse_digits(&b[0..2]).ok_or(ParseError::Time)?;
        let minute = parse_digits(&b[3..5]).ok_or(ParseError::Time)?;
        // Two digits each, so both fit in a byte.
        Time::from_hm(hour as u8, minute as u8).ok_or(ParseError::Time)
    }
}

serde_as_string!(Time, "a time as HH:MM");

/// A point in time: milliseconds since 1970-01-01T00:00:00Z, as JavaScript's `Date.now()` gives it.
///
/// Stored in JSON as a plain number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The instant `millis` milliseconds after the Unix epoch.
    pub const fn from_millis(millis: i64) -> Self {
        Self(millis)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn millis(self) -> i64 {
        self.0
    }

    /// The calendar day of this instant (in the time zone the caller's milliseconds are in: pass local time
    /// shifted by the UTC offset to get the local day). Instants beyond the representable years are clamped to
    /// [`Date::MIN`] or [`Date::MAX`].
    pub fn date(self) -> Date {
        let days = self.0.div_euclid(MS_PER_DAY);
        let clamped = days.clamp(i64::from(Date::MIN.0), i64::from(Date::MAX.0));
        // Clamped into the i32 range of representable dates just above.
        Date(clamped as i32)
    }

    /// The time of day of this instant, rounded down to the minute.
    pub fn time_of_day(self) -> Time {
        // rem_euclid gives 0..86_400_000, so the minute is below 1440.
        Time((self.0.rem_euclid(MS_PER_DAY) / 60_000) as u16)
    }

    /// The instant at the start (00:00) of `date`.
    pub fn start_of(date: Date) -> Self {
        Self(i64::from(date.0) * MS_PER_DAY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(Date::from_ymd(0, 1, 1), Some(Date::MIN));
        assert_eq!(Date::from_ymd(9999, 12, 31), Some(Date::MAX));
        assert_eq!(Date::MAX.add_days(1), None);
        assert_eq!(Date::MIN.add_days(-1), None);
    }

    #[test]
    fn from_ymd_validates() {
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        assert!(Date::from_ymd(2023, 2, 29).is_none());
        assert!(Date::from_ymd(1900, 2, 29).is_none());
        assert!(Date::from_ymd(2000, 2, 29).is_some());
        assert!(Date::from_ymd(2024, 4, 31).is_none());
        assert!(Date::from_ymd(2024, 13, 1).is_none());
        assert!(Date::from_ymd(2024, 0, 1).is_none());
        assert!(Date::from_ymd(2024, 1, 0).is_none());
        assert!(Date::from_ymd(10_000, 1, 1).is_none());
        assert!(Date::from_ymd(-1, 1, 1).is_none());
    }

    #[test]
    fn weekday_starts_on_monday() {
        assert_eq!(d("1970-01-01").weekday(), 3);
        assert_eq!(d("2024-03-04").weekday(), 0);
        assert_eq!(d("2024-03-10").weekday(), 6);
        assert_eq!(d("1969-12-29").weekday(), 0);
    }

    #[test]
    fn add_days_crosses_months_and_years() {
        assert_eq!(d("2023-12-31").add_days(1), Some(d("2024-01-01")));
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-03-01").add_days(-1), Some(d("2024-02-29")));
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    }

    #[test]
    fn date_text_is_strict() {
        assert_eq!(d("2024-03-09").to_string(), "2024-03-09");
        assert_eq!(d("0001-01-01").to_string(), "0001-01-01");
        for bad in [
            "2024-3-09",
            "2024-03-9",
            "24-03-09",
            "2024/03/09",
            "2024-02-30",
            "2024-03-09 ",
            "+024-03-09",
        ] {
            assert_eq!(bad.parse::<Date>(), Err(ParseError::Date), "{bad}");
        }
    }

    #[test]
    fn time_text_and_parts() {
        let t: Time = "09:05".parse().unwrap();
        assert_eq!((t.hour(), t.minute(), t.minutes()), (9, 5, 545));
        assert_eq!(t.to_string(), "09:05");
        assert_eq!("23:59".parse::<Time>().unwrap().minutes(), 1439);
        for bad in ["24:00", "9:05", "09:60", "0905", "09:5a"] {
            assert_eq!(bad.parse::<Time>(), Err(ParseError::Time), "{bad}");
        }
        assert_eq!(Time::from_minutes(1440), None);
    }

    #[test]
    fn timestamp_date_and_time() {
        let ts = Timestamp::from_millis(1_709_980_200_000); // 2024-03-09T10:30:00Z
        assert_eq!(ts.date(), d("2024-03-09"));
        assert_eq!(ts.time_of_day().to_string(), "10:30");
        assert_eq!(Timestamp::from_millis(-1).date(), d("1969-12-31"));
        assert_eq!(Timestamp::from_millis(-1).time_of_day().to_string(), "23:59");
        assert_eq!(Timestamp::from_millis(i64::MAX).date(), Date::MAX);
        assert_eq!(Timestamp::from_millis(i64::MIN).date(), Date::MIN);
        assert_eq!(Timestamp::start_of(d("2024-03-09")).date(), d("2024-03-09"));
    }

    #[test]
    fn serde_forms() {
        assert_eq!(serde_json::to_string(&d("2024-03-09")).unwrap(), "\"2024-03-09\"");
        assert_eq!(
            serde_json::to_string(&Time::from_hm(7, 0).unwrap()).unwrap(),
            "\"07:00\""
        );
        assert_eq!(serde_json::to_string(&Timestamp::from_millis(5)).unwrap(), "5");
        assert!(serde_json::from_str::<Date>("\"2024-02-30\"").is_err());
    }
}
