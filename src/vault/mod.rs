//! Personal data at rest (issue 14 §3). A customer's name, phone, ID-card
//! number and e-mail address are sealed with XChaCha20-Poly1305 before they
//! reach the database; a keyed hash of the phone (HMAC-SHA-256, the *blind
//! index*) finds a customer by exact phone without opening anything.
//!
//! The key file (`KESU_DATA_KEY_FILE`, default `<data dir>/data.key`, mode
//! 0600) is text:
//!
//! ```text
//! kesu-data-keys-v1
//! blind <64 hex digits>
//! key <id> <64 hex digits>
//! ```
//!
//! with one `key` line per data key, oldest first; the last one seals. A key's
//! id is the first 8 hex digits of its SHA-256. The blind-index key never
//! changes (every stored index would have to be recomputed at once).
//!
//! A sealed value is `enc:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>`,
//! with a random 24-byte nonce and the field's name (`customers.phone`) as
//! associated data, so a value copied into another column does not open. A
//! value without the prefix is plaintext written before encryption; it is
//! read as it is, and the server seals such rows when it starts.
//!
//! Rotation appends a key and re-seals rows in batches while servers run.
//! A server looks at the file again every few seconds (and at once when it
//! meets a key id it has not loaded), so it seals with the new key soon and
//! reads what the rotation wrote. Retired keys stay in the file: backups
//! taken before the rotation need them.
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

/// What every sealed value starts with.
pub const PREFIX: &str = "enc:";
const HEADER: &str = "kesu-data-keys-v1";
/// How long a server trusts its copy of the key file before looking again.
pub const RECHECK: Duration = Duration::from_secs(5);
const NONCE: usize = 24;

/// The sealed columns. Each is its own associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Phone,
    IdCard,
    Email,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Name, Field::Phone, Field::IdCard, Field::Email];

    pub fn column(self) -> &'static str {
        match self {
            Field::Name => "customers.name",
            Field::Phone => "customers.phone",
            Field::IdCard => "customers.id_card",
            Field::Email => "customers.email",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}: not a Kesu data key file (expected `{HEADER}`, a `blind` line and `key` lines)")]
    Malformed(String),
    #[error("{0} already exists")]
    Exists(String),
    #[error("a value of {field} is sealed with data key {key}, which the key file does not hold")]
    UnknownKey { field: &'static str, key: String },
    #[error("a sealed value of {0} does not open: altered, or moved from another column")]
    Corrupt(&'static str),
}

type Key = [u8; 32];

/// The keys of one reading of the file.
#[derive(Clone)]
struct Ring {
    blind: Key,
    /// Oldest first; the last seals.
    keys: Vec<(String, Key)>,
}

fn key_id(key: &Key) -> String {
    hex::encode(&Sha256::digest(key)[..4])
}

fn random_key() -> Key {
    let mut k = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut k);
    k
}

impl Ring {
    fn new() -> Ring {
        let key = random_key();
        Ring {
            blind: random_key(),
            keys: vec![(key_id(&key), key)],
        }
    }

    fn parse(text: &str, path: &Path) -> Result<Ring, VaultError> {
        let bad = || VaultError::Malformed(path.display().to_string());
        let hex32 = |s: &str| -> Result<Key, VaultError> {
            let mut k = [0u8; 32];
            hex::decode_to_slice(s, &mut k).map_err(|_| bad())?;
            Ok(k)
        };
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        if lines.next() != Some(HEADER) {
            return Err(bad());
        }
        let mut blind = None;
        let mut keys = Vec::new();
        for line in lines {
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["blind", k] if blind.is_none() => blind = Some(hex32(k)?),
                ["key", id, k] => {
                    let key = hex32(k)?;
                    if key_id(&key) != *id {
                        return Err(bad());
                    }
                    keys.push((id.to_string(), key));
                }
                _ => return Err(bad()),
            }
        }
        match blind {
            Some(blind) if !keys.is_empty() => Ok(Ring { blind, keys }),
            _ => Err(bad()),
        }
    }

    fn render(&self) -> String {
        let mut s = format!("{HEADER}\nblind {}\n", hex::encode(self.blind));
        for (id, k) in &self.keys {
            s.push_str(&format!("key {id} {}\n", hex::encode(k)));
        }
        s
    }

    fn current(&self) -> &(String, Key) {
        // parse and new never leave the list empty
        &self.keys[self.keys.len() - 1]
    }

    fn get(&self, id: &str) -> Option<&Key> {
        self.keys.iter().find(|(i, _)| i == id).map(|(_, k)| k)
    }
}

struct State {
    ring: Arc<Ring>,
    modified: Option<SystemTime>,
    checked: Instant,
}

/// The data keys of one process.
pub struct Vault {
    path: PathBuf,
    state: RwLock<State>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Vault({})", self.current_key_id())
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> VaultError + '_ {
    move |source| VaultError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Write `text` to `path` through a temporary file and a rename, mode 0600,
/// so a reader sees the old file or the new one, never half of one.
fn write_atomically(path: &Path, text: &str, must_be_new: bool) -> Result<(), VaultError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io(path))?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(&tmp).map_err(io(&tmp))?;
    f.write_all(text.as_bytes()).map_err(io(&tmp))?;
    f.sync_all().map_err(io(&tmp))?;
    drop(f);
    if must_be_new {
        // a hard link fails if the name exists: never replace a key file
        let linked = std::fs::hard_link(&tmp, path);
        let _ = std::fs::remove_file(&tmp);
        return match linked {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(VaultError::Exists(path.display().to_string()))
            }
            Err(e) => Err(io(path)(e)),
        };
    }
    std::fs::rename(&tmp, path).map_err(io(path))
}

impl Vault {
    fn with(path: &Path, ring: Ring) -> Vault {
        Vault {
            path: path.to_path_buf(),
            state: RwLock::new(State {
                ring: Arc::new(ring),
                modified: modified(path),
                checked: Instant::now(),
            }),
        }
    }

    /// Read the key file.
    pub fn load(path: &Path) -> Result<Vault, VaultError> {
        let text = std::fs::read_to_string(path).map_err(io(path))?;
        Ok(Vault::with(path, Ring::parse(&text, path)?))
    }

    /// Create a key file with a new data key and blind-index key; never
    /// replaces an existing file.
    pub fn create(path: &Path) -> Result<Vault, VaultError> {
        let ring = Ring::new();
        write_atomically(path, &ring.render(), true)?;
        Ok(Vault::with(path, ring))
    }

    /// A vault for tests that never touches a file.
    pub fn ephemeral() -> Vault {
        Vault::with(Path::new(""), Ring::new())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn read_state(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The keys, looked at again if the copy is older than [`RECHECK`] (or
    /// at once with `force`) and the file changed since.
    fn ring(&self, force: bool) -> Arc<Ring> {
        {
            let s = self.read_state();
            if !force && s.checked.elapsed() < RECHECK {
                return s.ring.clone();
            }
        }
        let mut s = self
            .state
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        s.checked = Instant::now();
        let now = modified(&self.path);
        if now.is_some() && now != s.modified {
            match std::fs::read_to_string(&self.path)
                .map_err(io(&self.path))
                .and_then(|t| Ring::parse(&t, &self.path))
            {
                // the blind-index key is fixed; a file with another one is not ours
                Ok(ring) if ring.blind == s.ring.blind => {
                    s.ring = Arc::new(ring);
                    s.modified = now;
                }
                Ok(_) => {
                    tracing::error!(file = %self.path.display(), "the data key file now holds another blind-index key; keeping the keys loaded")
                }
                Err(e) => {
                    tracing::error!(error = %e, "the data key file could not be read again; keeping the keys loaded")
                }
            }
        }
        s.ring.clone()
    }

    /// The id of the key that seals.
    pub fn current_key_id(&self) -> String {
        self.ring(false).current().0.clone()
    }

    /// Seal `plain` for `field` with the current key.
    pub fn seal(&self, field: Field, plain: &str) -> String {
        let ring = self.ring(false);
        let (id, key) = ring.current();
        let mut nonce = [0u8; NONCE];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let cipher = XChaCha20Poly1305::new(key.into());
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain.as_bytes(),
                    aad: field.column().as_bytes(),
                },
            )
            // XChaCha20-Poly1305 fails only past 256 GiB per message
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}{id}:{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn seal_opt(&self, field: Field, plain: Option<&str>) -> Option<String> {
        plain.map(|p| self.seal(field, p))
    }

    /// Open a stored value of `field` (plaintext from before encryption is
    /// returned as it is).
    pub fn open(&self, field: Field, stored: &str) -> Result<String, VaultError> {
        let Some(rest) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_string());
        };
        let corrupt = || VaultError::Corrupt(field.column());
        let (id, body) = rest.split_once(':').ok_or_else(corrupt)?;
        let mut ring = self.ring(false);
        if ring.get(id).is_none() {
            ring = self.ring(true);
        }
        let key = ring.get(id).ok_or_else(|| VaultError::UnknownKey {
            field: field.column(),
            key: id.to_string(),
        })?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| corrupt())?;
        if bytes.len() < NONCE {
            return Err(corrupt());
        }
        let (nonce, sealed) = bytes.split_at(NONCE);
        let plain = XChaCha20Poly1305::new(key.into())
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: field.column().as_bytes(),
                },
            )
            .map_err(|_| corrupt())?;
        String::from_utf8(plain).map_err(|_| corrupt())
    }

    pub fn open_opt(
        &self,
        field: Field,
        stored: Option<&str>,
    ) -> Result<Option<String>, VaultError> {
        stored.map(|s| self.open(field, s)).transpose()
    }

    /// Whether `stored` is sealed with the key that seals now.
    pub fn is_current(&self, stored: &str) -> bool {
        let ring = self.ring(false);
        stored
            .strip_prefix(PREFIX)
            .and_then(|r| r.split_once(':'))
            .is_some_and(|(id, _)| id == ring.current().0)
    }

    /// The blind index of a phone number as intake stores it.
    pub fn blind_phone(&self, phone: &str) -> String {
        let ring = self.ring(false);
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&ring.blind)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(b"customers.phone\0");
        mac.update(phone.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// Append a new data key to the file, which then seals; the earlier
    /// keys stay to open what they sealed. Returns the new key's id.
    pub fn add_key(&self) -> Result<String, VaultError> {
        let mut ring = (*self.ring(true)).clone();
        let key = random_key();
        let id = key_id(&key);
        ring.keys.push((id.clone(), key));
        write_atomically(&self.path, &ring.render(), false)?;
        let mut s = self
            .state
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        s.ring = Arc::new(ring);
        s.modified = modified(&self.path);
        s.checked = Instant::now();
        Ok(id)
    }
}

#[cfg(test)]
mod tests;
