//! Points in time as front matter writes them: an RFC 3339 date-time with its UTC
//! offset (`2027-05-20T09:30:00+02:00`) or a date alone (`2027-05-20`, a whole day).
//!
//! Pure calendar arithmetic, no time-zone database: an offset is all the content gives,
//! so times are shown in the offset they were written in and converted to UTC for
//! iCalendar and comparisons. Nothing here knows about languages (see `dates`).

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use toml::value::{Datetime, Offset};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A wall-clock time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// A date, or a date and time at a known UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The local date, as written.
    pub date: Date,
    /// The local time, as written; `None` for a whole day.
    pub time: Option<Clock>,
    /// Offset from UTC in minutes (0 for dates alone).
    pub offset_minutes: i32,
}

impl Date {
    /// Days since 1970-01-01 (negative before), proleptic Gregorian calendar.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The next calendar day.
    pub fn next(self) -> Date {
        Date::from_days(self.days_since_epoch() + 1)
    }
}

impl Moment {
    /// Reads a TOML date-time. A time needs an offset (a local time is ambiguous);
    /// a date alone is a whole day.
    pub fn from_toml(value: &Datetime) -> Result<Moment, &'static str> {
        let date = value
            .date
            .ok_or("a time alone is not a date; write `2027-05-20T09:30:00+02:00`")?;
        let date = Date {
            year: i32::from(date.year),
            month: date.month,
            day: date.day,
        };
        let Some(time) = value.time else {
            return Ok(Moment {
                date,
                time: None,
                offset_minutes: 0,
            });
        };
        let offset_minutes = match value.offset {
            Some(Offset::Z) => 0,
            Some(Offset::Custom { minutes }) => i32::from(minutes),
            None => return Err("a time needs a UTC offset, e.g. `+01:00` or `Z`"),
        };
        Ok(Moment {
            date,
            time: Some(Clock {
                hour: time.hour,
                minute: time.minute,
                second: time.second,
            }),
            offset_minutes,
        })
    }

    /// Parses RFC 3339 (`2026-11-25T12:00:00Z`) or a date alone.
    pub fn parse(text: &str) -> Result<Moment, String> {
        let value: Datetime = text.trim().parse().map_err(|e| format!("{e}"))?;
        Moment::from_toml(&value).map_err(str::to_string)
    }

    /// The moment `seconds` after the Unix epoch, in UTC.
    pub fn from_unix(seconds: i64) -> Moment {
        let days = seconds.div_euclid(86_400);
        let rest = seconds.rem_euclid(86_400);
        Moment {
            date: Date::from_days(days),
            time: Some(Clock {
                hour: (rest / 3600) as u8,
                minute: (rest / 60 % 60) as u8,
                second: (rest % 60) as u8,
            }),
            offset_minutes: 0,
        }
    }

    /// The current time, in UTC, to the second.
    pub fn now() -> Moment {
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Moment::from_unix(i64::try_from(seconds).unwrap_or(i64::MAX))
    }

    /// Seconds since the Unix epoch; a whole day counts from its midnight UTC.
    pub fn unix(&self) -> i64 {
        let clock = self.time.map_or(0, |c| {
            i64::from(c.hour) * 3600 + i64::from(c.minute) * 60 + i64::from(c.second)
        });
        self.date.days_since_epoch() * 86_400 + clock - i64::from(self.offset_minutes) * 60
    }

    /// When this moment is over: the end of the day for a whole day, else itself.
    pub fn end_unix(&self) -> i64 {
        match self.time {
            Some(_) => self.unix(),
            None => self.date.next().days_since_epoch() * 86_400,
        }
    }

    pub fn is_all_day(&self) -> bool {
        self.time.is_none()
    }

    /// The same instant in UTC (dates alone stay as they are).
    pub fn to_utc(&self) -> Moment {
        match self.time {
            Some(_) => Moment::from_unix(self.unix()),
            None => *self,
        }
    }

    /// `+02:00`, `-05:30`, or `Z` for UTC.
    pub fn offset_text(&self) -> String {
        if self.offset_minutes == 0 {
            return "Z".to_string();
        }
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let m = self.offset_minutes.abs();
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    }

    /// iCalendar form: `20270520T073000Z` (converted to UTC) or `20270520` for a day.
    pub fn ical(&self) -> String {
        let utc = self.to_utc();
        let d = utc.date;
        match utc.time {
            Some(c) => format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                d.year, d.month, d.day, c.hour, c.minute, c.second
            ),
            None => format!("{:04}{:02}{:02}", d.year, d.month, d.day),
        }
    }
}

/// RFC 3339 as written (`2027-05-20T09:30:00+02:00`), or `2027-05-20` for a day.
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date;
        write!(f, "{:04}-{:02}-{:02}", d.year, d.month, d.day)?;
        if let Some(c) = self.time {
            write!(
                f,
                "T{:02}:{:02}:{:02}{}",
                c.hour,
                c.minute,
                c.second,
                self.offset_text()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_across_leap_years() {
        for days in [-1, 0, 59, 10_957, 11_016, 20_513, 20_819] {
            assert_eq!(Date::from_days(days).days_since_epoch(), days);
        }
        let leap = Date {
            year: 2028,
            month: 2,
            day: 28,
        };
        assert_eq!(leap.next().day, 29);
        let eve = Date {
            year: 2026,
            month: 12,
            day: 31,
        };
        assert_eq!(
            eve.next(),
            Date {
                year: 2027,
                month: 1,
                day: 1
            }
        );
    }

    #[test]
    fn converts_offsets_to_utc_across_days() {
        let m = Moment::parse("2027-01-01T00:30:00+01:00").expect("valid");
        assert_eq!(m.ical(), "20261231T233000Z");
        assert_eq!(m.to_string(), "2027-01-01T00:30:00+01:00");
        let z = Moment::parse("2026-11-25T12:00:00Z").expect("valid");
        assert_eq!(z.unix(), 1_795_608_000);
        assert_eq!(Moment::from_unix(z.unix()), z);
        let minus = Moment::parse("2027-03-01T20:00:00-05:30").expect("valid");
        assert_eq!(minus.ical(), "20270302T013000Z");
        assert_eq!(minus.offset_text(), "-05:30");
    }

    #[test]
    fn dates_alone_are_whole_days_and_local_times_are_refused() {
        let day = Moment::parse("2027-05-20").expect("valid");
        assert!(day.is_all_day());
        assert_eq!(day.ical(), "20270520");
        assert_eq!(day.end_unix() - day.unix(), 86_400);
        assert!(Moment::parse("2027-05-20T09:00:00").is_err());
        assert!(Moment::parse("09:00:00").is_err());
    }
}
