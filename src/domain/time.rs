//! Instants and calendar days, and the company's time zone.
//!
//! Instants are UTC; "today" and every due date are the company's, computed in
//! its time zone (a delegation "until 1 March" ends at midnight in Beijing, not
//! eight hours later). Stored encodings are integers (microseconds, days),
//! human-readable ones (JSON) are RFC 3339 and ISO dates: the `serde` helpers
//! here pick by `is_human_readable`, like the ids do.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// The company's time zone, by its IANA name (`Asia/Shanghai`).
pub fn parse_zone(name: &str) -> Result<Tz, String> {
    name.trim().parse::<Tz>().map_err(|_| {
        format!("`{name}` is not a time zone name like Asia/Shanghai or Europe/Berlin")
    })
}

/// The machine's own zone, for a new store that names none; UTC when unknown.
pub fn machine_zone() -> String {
    iana_time_zone::get_timezone()
        .ok()
        .filter(|z| parse_zone(z).is_ok())
        .unwrap_or_else(|| "UTC".to_string())
}

/// `at` to the microsecond, as it is stored.
pub fn to_micros(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

/// The calendar day `at` falls on in `zone`.
pub fn day_in(zone: Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&zone).date_naive()
}

/// The first instant of `day` in `zone`.
pub fn start_of(zone: Tz, day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&midnight)
        .earliest()
        // A zone that skips midnight (a DST jump) starts the day an hour later.
        .or_else(|| {
            zone.from_local_datetime(&(midnight + chrono::TimeDelta::hours(1)))
                .earliest()
        })
        .map_or_else(
            || Utc.from_utc_datetime(&midnight),
            |t| t.with_timezone(&Utc),
        )
}

pub mod instant {
    //! `#[serde(with = "instant")]` for `DateTime<Utc>`.
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    // Both encodings hold microseconds: a codec-3 event (JSON) must rebuild
    // the very company a snapshot (bincode) of it holds.
    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            super::to_micros(*t).serialize(s)
        } else {
            s.serialize_i64(t.timestamp_micros())
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        if d.is_human_readable() {
            DateTime::<Utc>::deserialize(d).map(super::to_micros)
        } else {
            let micros = i64::deserialize(d)?;
            DateTime::from_timestamp_micros(micros)
                .ok_or_else(|| D::Error::custom(format!("instant out of range: {micros}")))
        }
    }
}

pub mod day {
    //! `#[serde(with = "day")]` for `NaiveDate`: days since 1970-01-01 when stored.
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    const EPOCH: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            d.serialize(s)
        } else {
            s.serialize_i32((*d - EPOCH).num_days() as i32)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if d.is_human_readable() {
            NaiveDate::deserialize(d)
        } else {
            let n = i32::deserialize(d)?;
            EPOCH
                .checked_add_signed(chrono::TimeDelta::days(i64::from(n)))
                .ok_or_else(|| D::Error::custom(format!("day out of range: {n}")))
        }
    }
}

pub mod day_opt {
    //! `#[serde(with = "day_opt")]` for `Option<NaiveDate>`, stored as `day` does.
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Day(#[serde(with = "super::day")] NaiveDate);

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        d.map(Day).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Day>::deserialize(d)?.map(|Day(n)| n))
    }
}

pub mod instant_opt {
    //! `#[serde(with = "instant_opt")]` for `Option<DateTime<Utc>>`, as `instant`.
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct At(#[serde(with = "super::instant")] DateTime<Utc>);

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        t.map(At).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Ok(Option::<At>::deserialize(d)?.map(|At(t)| t))
    }
}

/// A day as people type it: `YYYY-MM-DD`, full-width digits too.
pub fn parse_day(text: &str) -> Result<NaiveDate, super::error::DomainError> {
    let t = text.trim();
    NaiveDate::parse_from_str(&super::text::ascii_digits(t), "%Y-%m-%d").map_err(|_| {
        super::error::DomainError::BadDate {
            text: t.to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_companys_day_not_utcs() {
        let beijing = parse_zone("Asia/Shanghai").unwrap();
        // 07:30 on 2 March in Beijing is still 1 March in UTC.
        let at = Utc.with_ymd_and_hms(2027, 3, 1, 23, 30, 0).unwrap();
        assert_eq!(
            day_in(beijing, at),
            NaiveDate::from_ymd_opt(2027, 3, 2).unwrap()
        );
        assert_eq!(
            day_in(Tz::UTC, at),
            NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
        );
        let start = start_of(beijing, NaiveDate::from_ymd_opt(2027, 3, 2).unwrap());
        assert_eq!(start, Utc.with_ymd_and_hms(2027, 3, 1, 16, 0, 0).unwrap());
        assert!(parse_zone("Mars/Olympus").is_err());
    }

    #[test]
    fn stored_times_are_integers_and_json_stays_readable() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct T {
            #[serde(with = "instant")]
            at: DateTime<Utc>,
            #[serde(with = "day")]
            on: NaiveDate,
        }
        let t = T {
            at: Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap(),
            on: NaiveDate::from_ymd_opt(2027, 3, 2).unwrap(),
        };
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"at":"2027-03-01T09:00:00Z","on":"2027-03-02"}"#);
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t);
        let bin = bincode::serde::encode_to_vec(&t, bincode::config::standard()).unwrap();
        assert!(bin.len() <= 12, "integers, not text: {} bytes", bin.len());
        let (back, _): (T, usize) =
            bincode::serde::decode_from_slice(&bin, bincode::config::standard()).unwrap();
        assert_eq!(back, t);
    }
}
