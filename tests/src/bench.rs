//! The report format that bench binaries write for `cargo xtask bench` (which adds machine notes and
//! judges each metric against its target).

use serde::Serialize;

/// One figure.
#[derive(Serialize)]
pub struct Metric {
    /// What was measured.
    pub name: String,
    /// The measured value (a median where it was repeated).
    pub value: f64,
    /// Its unit.
    pub unit: String,
    /// `"<= N"` or `">= N"`, or none when reported without a target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// A suite's figures and notes.
#[derive(Serialize, Default)]
pub struct Report {
    /// The suite's name, as in `cargo xtask bench <suite>`.
    pub suite: String,
    /// The figures.
    pub metrics: Vec<Metric>,
    /// Sentences worth reading beside the table.
    pub notes: Vec<String>,
}

impl Report {
    /// Adds a figure.
    pub fn push(&mut self, name: impl Into<String>, value: f64, unit: &str, target: Option<&str>) {
        self.metrics.push(Metric {
            name: name.into(),
            value,
            unit: unit.to_string(),
            target: target.map(str::to_string),
        });
    }

    /// Writes the report to the path in `BENCH_OUT` (or prints it when unset).
    pub fn write(&self) -> anyhow::Result<()> {
        let json = serde_json::to_string_pretty(self)?;
        match std::env::var_os("BENCH_OUT") {
            Some(path) => std::fs::write(path, json)?,
            None => println!("{json}"),
        }
        Ok(())
    }
}

/// The median of a sample (the mean of the middle two for even sizes).
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_samples() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&mut []).is_nan());
    }
}
