//! Staff settings that outlive a restart (`staff-settings.json` in the
//! data directory): the kiosk is paused, headphone mode is on.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const FILE: &str = "staff-settings.json";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Out of service: Start shows "please go to the desk".
    pub paused: bool,
    /// Speech goes to the headphone output at the headphone volume.
    pub headphones: bool,
}

#[derive(Debug)]
pub struct SettingsFile {
    path: PathBuf,
    settings: Settings,
}

impl SettingsFile {
    pub fn open(data_dir: &Path) -> SettingsFile {
        let path = data_dir.join(FILE);
        let settings = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(file = %path.display(), error = %e, "staff settings file is damaged; using defaults");
                Settings::default()
            }),
            Err(_) => Settings::default(),
        };
        SettingsFile { path, settings }
    }

    pub fn get(&self) -> Settings {
        self.settings
    }

    /// Changes the settings without saving them (screenshots).
    pub fn preview(&mut self, settings: Settings) {
        self.settings = settings;
    }

    /// Changes the settings; they are saved on the audit writer's thread
    /// (a staff press never waits for the disk).
    pub fn set(&mut self, settings: Settings) {
        self.settings = settings;
        let json = serde_json::to_vec(&settings).unwrap_or_default();
        crate::audit::replace_file(self.path.clone(), json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = SettingsFile::open(dir.path());
        assert_eq!(file.get(), Settings::default());
        file.set(Settings {
            paused: true,
            headphones: true,
        });
        crate::audit::flush();
        assert!(SettingsFile::open(dir.path()).get().paused);
        assert!(SettingsFile::open(dir.path()).get().headphones);
    }
}
