//! Dates and numbers for the reader's locale, from the browser's own locale data (`Intl`), never from
//! hard-coded month or weekday names. Where the browser has no data for a locale (some phones lack
//! Tigrinya or Kurmanji), dates fall back to the unambiguous ISO form `2026-11-21`.

use booklet::{Date, Time};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Formatters by locale and style. Building an `Intl.DateTimeFormat` costs far more than using one, and a
    /// list of a thousand appointments formats two thousand dates.
    static FORMATTERS: RefCell<HashMap<(String, Style), Option<Intl::DateTimeFormat>>> = RefCell::default();
}

/// The date and time styles the app uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Style {
    Long,
    Short,
    Time,
}

impl Style {
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Style::Long => &[
                ("weekday", "short"),
                ("day", "numeric"),
                ("month", "short"),
                ("year", "numeric"),
            ],
            Style::Short => &[("day", "numeric"), ("month", "numeric"), ("year", "numeric")],
            Style::Time => &[("hour", "2-digit"), ("minute", "2-digit")],
        }
    }
}

/// Whether the browser has date formatting data for `tag`.
pub fn supports(tag: &str) -> bool {
    let wanted = Array::of1(&JsValue::from_str(tag));
    Intl::DateTimeFormat::supported_locales_of(&wanted, &Object::new()).length() > 0
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    // Letters from German offices carry Gregorian dates; Persian's default (Solar Hijri) would make the
    // migrant's date differ from the advisor's on the same line.
    let _ = Reflect::set(&o, &JsValue::from_str("calendar"), &JsValue::from_str("gregory"));
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn js_date(date: Date, time: Option<Time>) -> js_sys::Date {
    let (y, m, d) = date.ymd();
    let (h, min) = time
        .map(|t| (t.minutes() / 60, t.minutes() % 60))
        .unwrap_or((12, 0));
    js_sys::Date::new_with_year_month_day_hr_min(
        y as u32,
        i32::from(m) - 1,
        i32::from(d),
        i32::from(h),
        i32::from(min),
    )
}

fn format_with(tag: &str, date: Date, time: Option<Time>, style: Style) -> Option<String> {
    let formatter = FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((tag.to_string(), style))
            .or_insert_with(|| {
                supports(tag).then(|| {
                    Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(tag)), &options(style.options()))
                })
            })
            .clone()
    })?;
    formatter
        .format()
        .call1(&JsValue::NULL, &js_date(date, time))
        .ok()?
        .as_string()
}

/// A date with weekday, e.g. "Mo., 24. Nov. 2026".
pub fn date_long(tag: &str, date: Date) -> String {
    format_with(tag, date, None, Style::Long).unwrap_or_else(|| date.to_string())
}

/// A short date, e.g. "24.11.2026".
pub fn date_short(tag: &str, date: Date) -> String {
    format_with(tag, date, None, Style::Short).unwrap_or_else(|| date.to_string())
}

/// A time of day, e.g. "09:30".
pub fn time(tag: &str, date: Date, time: Time) -> String {
    format_with(tag, date, Some(time), Style::Time).unwrap_or_else(|| time.to_string())
}

/// The wall-clock time here, expressed as a [`booklet::Timestamp`] as if it were UTC. Appointments are
/// stored in local wall-clock time, so comparisons with them must use this, not the UTC instant.
pub fn local_now() -> booklet::Timestamp {
    let now = js_sys::Date::new_0();
    let offset_ms = (now.get_timezone_offset() * 60_000.0) as i64;
    booklet::Timestamp::from_millis(now.get_time() as i64 - offset_ms)
}

/// Today's local date.
pub fn today() -> Date {
    local_now().date()
}
