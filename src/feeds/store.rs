//! The last good result of every source, on disk, so that a restart or a
//! network outage still shows something (with its age).
//!
//! One JSON file per source URL under `<data dir>/feeds/`, written
//! atomically (temporary file in the same folder, fsync, rename).

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{FeedKind, Parsed};

/// Largest cache file read back (a sane bound; parsed data of a 2 MiB
/// payload is far smaller).
const MAX_CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// The last good result of one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedSource {
    pub url: String,
    pub kind: FeedKind,
    /// When this data was fetched (the UI shows its age).
    pub fetched_at: DateTime<Utc>,
    pub parsed: Parsed,
}

/// The folder of cached sources.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Uses `<data_dir>/feeds/` (created on first save).
    pub fn new(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("feeds"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The cache file of a source URL.
    pub fn path_for(&self, url: &str) -> PathBuf {
        let digest = Sha256::digest(url.as_bytes());
        let name: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.json"))
    }

    /// The cached result of `url`, if there is a readable one for that URL
    /// and kind. A damaged file is ignored (and logged).
    pub fn load(&self, url: &str, kind: FeedKind) -> Option<CachedSource> {
        let path = self.path_for(url);
        let bytes = match super::fetch::read_file_limited(&path, MAX_CACHE_BYTES) {
            Ok(bytes) => bytes,
            Err(super::fetch::FetchError::Io(_)) if !path.exists() => return None,
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "feeds: cannot read cache");
                return None;
            }
        };
        match serde_json::from_slice::<CachedSource>(&bytes) {
            Ok(cached) if cached.url == url && cached.kind == kind => Some(cached),
            Ok(_) => None,
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "feeds: ignoring damaged cache");
                None
            }
        }
    }

    /// Writes the cache of one source atomically.
    pub fn save(&self, entry: &CachedSource) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let path = self.path_for(&entry.url);
        let tmp = path.with_extension(format!(
            "json.tmp-{}-{}",
            std::process::id(),
            rand::random::<u32>()
        ));
        let json = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        let result = (|| {
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(&json)?;
            file.sync_all()?;
            std::fs::rename(&tmp, &path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}
