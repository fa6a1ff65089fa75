//! Configuration: defaults overridden by `KESU_*` environment variables (and
//! by CLI flags in `cli.rs`). One struct, passed explicitly; no globals.
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Config {
    /// `KESU_DATA_DIR`, default `./data`: the SQLite file, attachments.
    pub data_dir: PathBuf,
    /// `KESU_BIND`, default `127.0.0.1:8080`.
    pub bind: String,
    /// `KESU_DATABASE_URL`, default a SQLite file in the data directory.
    pub database_url: Option<String>,
    /// `KESU_SESSION_TTL_HOURS`, default 8: how long a login lasts at most
    /// (the absolute timeout).
    pub session_ttl: Duration,
    /// `KESU_SESSION_IDLE_MINUTES`, default 30: a session unused this long
    /// ends (the idle timeout).
    pub session_idle: Duration,
    /// `KESU_MAX_UPLOAD_MB`, default 10: largest accepted attachment.
    pub max_upload_bytes: usize,
    /// `KESU_DB_MAX_CONNECTIONS`, default 8.
    pub db_max_connections: u32,
    /// Default true: the session cookie is `__Host-kesu_session`, `Secure`.
    /// `serve --insecure-http` (or `KESU_INSECURE_HTTP=1`) turns it off for
    /// plain HTTP beyond localhost (browsers keep `Secure` cookies from
    /// `http://localhost` and `http://127.0.0.1` anyway); the cookie is then
    /// `kesu_session`, without the prefix the browser would refuse.
    pub cookie_secure: bool,
    /// `KESU_WORKERS`, default the number of CPUs: HTTP worker threads.
    pub workers: Option<usize>,
    /// `KESU_SEARCH_THREADS`, default the number of CPUs: threads answering
    /// search queries, in arrival order.
    pub search_threads: Option<usize>,
    /// `KESU_SEARCH_ANALYTICS`, default on: record knowledge-base searches
    /// for the editors' 检索分析 page; `off` records none.
    pub search_analytics: bool,
    /// `KESU_INDEX_DIR`, default `<data dir>/index`: the search index.
    pub index_dir: Option<PathBuf>,
    /// `KESU_SYNONYMS_FILE`: replaces the built-in synonym and typo list.
    pub synonyms_file: Option<PathBuf>,
    /// A general thesaurus (one synonym group per line) an operator opted
    /// into, e.g. the research-only one `scripts/fetch-thesaurus.sh` fetches.
    pub thesaurus_file: Option<PathBuf>,
    /// `KESU_MODEL_DIR`: the sentence encoder (dense retrieval), as
    /// `scripts/fetch-model.sh` unpacks it; `None` (`KESU_MODEL_DIR=off`)
    /// ranks by the lexical analysis alone. From the environment the default
    /// is [`default_model_dir`], used when it holds the model.
    pub model_dir: Option<PathBuf>,
    /// `KESU_CONSOLE_DIR`: the built web console; default `frontend/dist`
    /// under the working directory, else under the source tree it was built from.
    pub console_dir: Option<PathBuf>,
    /// `KESU_SCHEDULER_TICK_MS`, default 1000: how often `serve` runs the
    /// due scheduler jobs; `0` (here `None`) runs no scheduler in this process.
    pub scheduler_tick: Option<Duration>,
    /// `KESU_STATUS_LOOKUP_LIMIT`, default 10: public status lookups allowed
    /// per source address and per complaint number in ten minutes.
    pub status_lookup_limit: u32,
    /// `KESU_PUBLIC_URL`, default `http://<bind>`: where customers reach
    /// this server (the status link in the registration reply).
    pub public_url: Option<String>,
    /// `KESU_CUSTOMER_BASE`, unset by default: how many customers the
    /// company serves, for complaints per 10,000 customers.
    pub customer_base: Option<i64>,
    /// `KESU_AUDIT_KEY_FILE`, default `<data dir>/keys/audit-signing.key`:
    /// the Ed25519 key that signs the audit chain's checkpoints. Keep it
    /// outside the database's backups (see the README's security section).
    pub audit_key_file: Option<PathBuf>,
    /// `KESU_AUDIT_CHECKPOINT_FILE`, default
    /// `<data dir>/audit-checkpoints.jsonl`: every checkpoint is appended
    /// here as well, outside the database.
    pub audit_checkpoint_file: Option<PathBuf>,
    /// `KESU_AUDIT_CHECKPOINT_EVERY`, default 10,000: a checkpoint once this
    /// many records have been written since the last one.
    pub audit_checkpoint_every: i64,
    /// `KESU_AUDIT_CHECKPOINT_MINUTES`, default 60: a checkpoint at least
    /// this often while records are being written.
    pub audit_checkpoint_minutes: i64,
    /// `KESU_DATA_KEY_FILE`, default `<data dir>/keys/data.key`: the keys
    /// that seal customers' personal fields (see `vault`). Keep it outside
    /// the database's backups.
    pub data_key_file: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./data"),
            bind: "127.0.0.1:8080".to_string(),
            database_url: None,
            session_ttl: Duration::from_secs(8 * 3600),
            session_idle: Duration::from_secs(30 * 60),
            max_upload_bytes: 10 * 1024 * 1024,
            db_max_connections: 8,
            cookie_secure: true,
            workers: None,
            search_threads: None,
            search_analytics: true,
            index_dir: None,
            synonyms_file: None,
            thesaurus_file: None,
            model_dir: None,
            console_dir: None,
            scheduler_tick: Some(Duration::from_millis(1000)),
            status_lookup_limit: 10,
            public_url: None,
            customer_base: None,
            audit_key_file: None,
            audit_checkpoint_file: None,
            audit_checkpoint_every: 10_000,
            audit_checkpoint_minutes: 60,
            data_key_file: None,
        }
    }
}

/// Where `scripts/fetch-model.sh` puts the sentence encoder by default:
/// `$KESU_MODEL_DIR`, else `$XDG_CACHE_HOME/kesu/models/use-multilingual-v3`
/// (`~/.cache` when unset).
pub fn default_model_dir() -> PathBuf {
    let get = |k: &str| std::env::var(k).ok();
    match get("KESU_MODEL_DIR").filter(|v| !v.is_empty() && v != "off") {
        Some(v) => PathBuf::from(v),
        None => default_model_dir_from(&get),
    }
}

fn default_model_dir_from(get: &impl Fn(&str) -> Option<String>) -> PathBuf {
    let cache = get("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| get("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from(".cache"));
    cache
        .join("kesu/models")
        .join(crate::search::dense::MODEL_NAME)
}

impl Config {
    /// Defaults overridden by `KESU_*` environment variables.
    pub fn from_env() -> Result<Self, String> {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let mut c = Config::default();
        if let Some(v) = get("KESU_DATA_DIR") {
            c.data_dir = PathBuf::from(v);
        }
        if let Some(v) = get("KESU_BIND") {
            c.bind = v;
        }
        c.database_url = get("KESU_DATABASE_URL").filter(|v| !v.is_empty());
        if let Some(v) = get("KESU_SESSION_TTL_HOURS") {
            let h: u64 = v
                .parse()
                .map_err(|_| format!("KESU_SESSION_TTL_HOURS: not a number: {v}"))?;
            c.session_ttl = Duration::from_secs(h * 3600);
        }
        if let Some(v) = get("KESU_MAX_UPLOAD_MB") {
            let mb: usize = v
                .parse()
                .map_err(|_| format!("KESU_MAX_UPLOAD_MB: not a number: {v}"))?;
            c.max_upload_bytes = mb * 1024 * 1024;
        }
        if let Some(v) = get("KESU_DB_MAX_CONNECTIONS") {
            c.db_max_connections = v
                .parse()
                .map_err(|_| format!("KESU_DB_MAX_CONNECTIONS: not a number: {v}"))?;
        }
        if let Some(v) = get("KESU_SESSION_IDLE_MINUTES") {
            let m: u64 =
                v.parse().ok().filter(|m| *m > 0).ok_or_else(|| {
                    format!("KESU_SESSION_IDLE_MINUTES: not a positive number: {v}")
                })?;
            c.session_idle = Duration::from_secs(m * 60);
        }
        if let Some(v) = get("KESU_INSECURE_HTTP") {
            c.cookie_secure = !matches!(v.as_str(), "1" | "true" | "yes");
        }
        c.index_dir = get("KESU_INDEX_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        c.synonyms_file = get("KESU_SYNONYMS_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        c.thesaurus_file = get("KESU_THESAURUS_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        c.model_dir = match get("KESU_MODEL_DIR").filter(|v| !v.is_empty()) {
            Some(v) if v == "off" => None,
            Some(v) => Some(PathBuf::from(v)),
            None => Some(default_model_dir_from(&get)),
        };
        c.console_dir = get("KESU_CONSOLE_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        if let Some(v) = get("KESU_WORKERS") {
            c.workers = Some(
                v.parse()
                    .map_err(|_| format!("KESU_WORKERS: not a number: {v}"))?,
            );
        }
        if let Some(v) = get("KESU_SEARCH_THREADS") {
            let n: usize = v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("KESU_SEARCH_THREADS: not a positive number: {v}"))?;
            c.search_threads = Some(n);
        }
        if let Some(v) = get("KESU_SEARCH_ANALYTICS") {
            c.search_analytics = match v.as_str() {
                "on" | "1" | "true" | "yes" => true,
                "off" | "0" | "false" | "no" => false,
                _ => return Err(format!("KESU_SEARCH_ANALYTICS: on or off, not {v}")),
            };
        }
        if let Some(v) = get("KESU_SCHEDULER_TICK_MS") {
            let ms: u64 = v
                .parse()
                .map_err(|_| format!("KESU_SCHEDULER_TICK_MS: not a number: {v}"))?;
            c.scheduler_tick = (ms > 0).then(|| Duration::from_millis(ms));
        }
        if let Some(v) = get("KESU_STATUS_LOOKUP_LIMIT") {
            c.status_lookup_limit =
                v.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!("KESU_STATUS_LOOKUP_LIMIT: not a positive number: {v}")
                })?;
        }
        c.public_url = get("KESU_PUBLIC_URL").filter(|v| !v.is_empty());
        if let Some(v) = get("KESU_CUSTOMER_BASE") {
            c.customer_base = Some(
                v.parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("KESU_CUSTOMER_BASE: not a positive number: {v}"))?,
            );
        }
        c.audit_key_file = get("KESU_AUDIT_KEY_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        c.data_key_file = get("KESU_DATA_KEY_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        c.audit_checkpoint_file = get("KESU_AUDIT_CHECKPOINT_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        for (name, slot) in [
            ("KESU_AUDIT_CHECKPOINT_EVERY", &mut c.audit_checkpoint_every),
            (
                "KESU_AUDIT_CHECKPOINT_MINUTES",
                &mut c.audit_checkpoint_minutes,
            ),
        ] {
            if let Some(v) = get(name) {
                *slot = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name}: not a positive number: {v}"))?;
            }
        }
        Ok(c)
    }

    pub fn effective_audit_key_file(&self) -> PathBuf {
        self.audit_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("keys").join("audit-signing.key"))
    }

    pub fn effective_data_key_file(&self) -> PathBuf {
        self.data_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("keys").join("data.key"))
    }

    pub fn effective_audit_checkpoint_file(&self) -> PathBuf {
        self.audit_checkpoint_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("audit-checkpoints.jsonl"))
    }

    /// The database URL in effect.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("kesu.db").display()
            ),
        }
    }

    /// Where customers reach this server, without a trailing slash.
    pub fn effective_public_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.bind),
        }
    }

    pub fn effective_index_dir(&self) -> PathBuf {
        self.index_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("index"))
    }

    pub fn effective_console_dir(&self) -> PathBuf {
        if let Some(dir) = &self.console_dir {
            return dir.clone();
        }
        let local = PathBuf::from("frontend/dist");
        if local.join("index.html").is_file() {
            return local;
        }
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("frontend/dist")
    }

    pub fn attachments_dir(&self) -> PathBuf {
        self.data_dir.join("attachments")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_defaults() {
        let c = Config::from_lookup(|k| match k {
            "KESU_DATA_DIR" => Some("/tmp/k".into()),
            "KESU_BIND" => Some("0.0.0.0:9000".into()),
            _ => None,
        });
        let Ok(c) = c else { panic!("config") };
        assert_eq!(c.bind, "0.0.0.0:9000");
        assert_eq!(
            c.effective_database_url(),
            "sqlite:///tmp/k/kesu.db?mode=rwc"
        );
        assert!(Config::from_lookup(|k| (k == "KESU_MAX_UPLOAD_MB").then(|| "x".into())).is_err());
        assert_eq!(c.scheduler_tick, Some(Duration::from_secs(1)));
        let tick = |v: &str| {
            Config::from_lookup(|k| (k == "KESU_SCHEDULER_TICK_MS").then(|| v.into()))
                .map(|c| c.scheduler_tick)
        };
        assert_eq!(tick("250"), Ok(Some(Duration::from_millis(250))));
        assert_eq!(tick("0"), Ok(None));
        assert!(tick("soon").is_err());
        assert!(c.search_analytics);
        let analytics = |v: &str| {
            Config::from_lookup(|k| (k == "KESU_SEARCH_ANALYTICS").then(|| v.into()))
                .map(|c| c.search_analytics)
        };
        assert_eq!(analytics("off"), Ok(false));
        assert_eq!(analytics("on"), Ok(true));
        assert!(analytics("maybe").is_err());
    }
}
