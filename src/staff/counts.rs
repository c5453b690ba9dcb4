//! Today's aggregate counts for the staff panel: tickets per service,
//! synpunkter per kind, languages chosen. Only counts by fixed names —
//! never a visitor's personal data or anything typed. Kept in memory and
//! in `counts-YYYY-MM-DD.json` in the data directory, so a restart keeps
//! the day's numbers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Ticket count per service (its Swedish name).
    pub tickets: BTreeMap<String, u64>,
    /// Synpunkt count per kind (`complaint`, `praise`, `suggestion`).
    pub synpunkter: BTreeMap<String, u64>,
    /// Sessions per language code (`sv`, `ar`, …).
    pub languages: BTreeMap<String, u64>,
}

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted<'a> {
    Ticket { service: &'a str },
    Synpunkt { kind: &'a str },
    Language { code: &'a str },
}

#[derive(Debug)]
pub struct DailyCounts {
    dir: PathBuf,
    date: NaiveDate,
    tally: Tally,
}

impl DailyCounts {
    /// Today's counts, read back from the data directory if the kiosk ran
    /// earlier today.
    pub fn open(dir: &Path, today: NaiveDate) -> DailyCounts {
        let tally = std::fs::read(file(dir, today))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        DailyCounts {
            dir: dir.to_owned(),
            date: today,
            tally,
        }
    }

    /// Counts in memory only from now on (screenshots must not change a
    /// kiosk's numbers).
    pub fn detach(&mut self) {
        self.dir = PathBuf::new();
    }

    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Today's numbers (empty once the date has changed).
    pub fn tally(&self, today: NaiveDate) -> Tally {
        if today == self.date {
            self.tally.clone()
        } else {
            Tally::default()
        }
    }

    /// Counts one event; a new day starts from zero. Written to disk only
    /// where the data directory exists (the kiosk creates it at start).
    pub fn count(&mut self, what: Counted<'_>, today: NaiveDate) {
        if today != self.date {
            self.date = today;
            self.tally = Tally::default();
        }
        let (map, key) = match what {
            Counted::Ticket { service } => (&mut self.tally.tickets, service),
            Counted::Synpunkt { kind } => (&mut self.tally.synpunkter, kind),
            Counted::Language { code } => (&mut self.tally.languages, code),
        };
        *map.entry(key.to_owned()).or_default() += 1;
        if !self.dir.as_os_str().is_empty() && self.dir.is_dir() {
            let path = file(&self.dir, self.date);
            let json = serde_json::to_vec_pretty(&self.tally).unwrap_or_default();
            if let Err(e) = std::fs::write(&path, json) {
                tracing::warn!(file = %path.display(), error = %e, "cannot save today's counts");
            }
        }
    }
}

fn file(dir: &Path, date: NaiveDate) -> PathBuf {
    dir.join(format!("counts-{}.json", date.format("%Y-%m-%d")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_persist_for_the_day_and_restart_at_midnight() {
        let dir = tempfile::tempdir().unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let tuesday = monday.succ_opt().unwrap();
        let mut counts = DailyCounts::open(dir.path(), monday);
        counts.count(Counted::Ticket { service: "Bygglov" }, monday);
        counts.count(Counted::Ticket { service: "Bygglov" }, monday);
        counts.count(Counted::Synpunkt { kind: "praise" }, monday);
        counts.count(Counted::Language { code: "ar" }, monday);
        let again = DailyCounts::open(dir.path(), monday);
        let tally = again.tally(monday);
        assert_eq!(tally.tickets["Bygglov"], 2);
        assert_eq!(tally.synpunkter["praise"], 1);
        assert_eq!(tally.languages["ar"], 1);
        assert_eq!(again.tally(tuesday), Tally::default());
        let mut counts = again;
        counts.count(Counted::Language { code: "sv" }, tuesday);
        assert_eq!(counts.tally(tuesday).languages.len(), 1);
        assert!(dir.path().join("counts-2026-11-24.json").exists());
    }
}
