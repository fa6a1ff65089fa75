//! The audit signing key: an Ed25519 key kept in a file outside the database
//! (`KESU_AUDIT_KEY_FILE`), which signs the chain's checkpoints.
//!
//! File format: the line `kesu-audit-key-v1`, then the 32-byte secret seed in
//! hex, each followed by a newline. Created with mode 0600 and never
//! overwritten. Whoever holds the file can sign checkpoints; whoever holds
//! the public key (its id is printed by `kesu keys init` and stored with each
//! checkpoint) can check them.
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

const HEADER: &str = "kesu-audit-key-v1";
const PUBLIC_HEADER: &str = "kesu-audit-public-key-v1";

/// Where the public half of key `id` is kept beside the key file, so that
/// checkpoints it signed still verify after a rotation.
pub fn public_key_file(key_file: &Path, id: &str) -> std::path::PathBuf {
    key_file.with_file_name(format!("audit-key-{id}.pub"))
}

/// The public keys kept beside `key_file` (`audit-key-*.pub`); unreadable
/// files are skipped with a warning (their checkpoints then fail).
pub fn trusted_public_keys(key_file: &Path) -> Vec<VerifyingKey> {
    let Some(dir) = key_file.parent() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if !(name.starts_with("audit-key-") && name.ends_with(".pub")) {
            continue;
        }
        let parsed = std::fs::read_to_string(e.path()).ok().and_then(|t| {
            let mut lines = t.lines();
            (lines.next() == Some(PUBLIC_HEADER)).then_some(())?;
            let mut bytes = [0u8; 32];
            hex::decode_to_slice(lines.next()?.trim(), &mut bytes).ok()?;
            VerifyingKey::from_bytes(&bytes).ok()
        });
        match parsed {
            Some(k) => keys.push(k),
            None => tracing::warn!(file = %e.path().display(), "not an audit public key file"),
        }
    }
    keys
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}: not a Kesu audit key file (expected `{HEADER}` and a 64-digit hex seed)")]
    Malformed(String),
    #[error("{0} already exists; a new key would orphan the checkpoints signed with it")]
    Exists(String),
}

/// The signing key and its id.
pub struct AuditKey {
    signing: SigningKey,
    id: String,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AuditKey({})", self.id)
    }
}

/// The first 16 hex digits of the SHA-256 of a public key.
pub fn key_id(key: &VerifyingKey) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..8])
}

/// Whether `signature` (hex) is `key`'s signature of `message`.
pub fn verify(key: &VerifyingKey, message: &[u8], signature: &str) -> bool {
    let Ok(bytes) = hex::decode(signature) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&bytes) else {
        return false;
    };
    key.verify(message, &sig).is_ok()
}

fn random_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut seed);
    seed
}

impl AuditKey {
    pub fn from_seed(seed: [u8; 32]) -> AuditKey {
        let signing = SigningKey::from_bytes(&seed);
        let id = key_id(&signing.verifying_key());
        AuditKey { signing, id }
    }

    /// A new random key (from the operating system's generator).
    pub fn generate() -> AuditKey {
        AuditKey::from_seed(random_seed())
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn verifying(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }

    /// The signature (hex) of `message`.
    pub fn sign(&self, message: &[u8]) -> String {
        hex::encode(self.signing.sign(message).to_bytes())
    }

    /// Write the public half beside `key_file` (see [`public_key_file`]).
    pub fn write_public(&self, key_file: &Path) -> Result<std::path::PathBuf, KeyError> {
        let path = public_key_file(key_file, &self.id);
        std::fs::write(
            &path,
            format!(
                "{PUBLIC_HEADER}\n{}\n",
                hex::encode(self.verifying().as_bytes())
            ),
        )
        .map_err(|source| KeyError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(path)
    }

    pub fn load(path: &Path) -> Result<AuditKey, KeyError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Io {
            path: shown.clone(),
            source,
        })?;
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(KeyError::Malformed(shown));
        }
        let mut seed = [0u8; 32];
        let hex_seed = lines.next().unwrap_or("").trim();
        hex::decode_to_slice(hex_seed, &mut seed).map_err(|_| KeyError::Malformed(shown))?;
        Ok(AuditKey::from_seed(seed))
    }

    /// Write a new key to `path` (which must not exist), readable by its
    /// owner only.
    pub fn create(path: &Path) -> Result<AuditKey, KeyError> {
        let shown = path.display().to_string();
        let io = |source| KeyError::Io {
            path: shown.clone(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let seed = random_seed();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                KeyError::Exists(shown.clone())
            } else {
                io(e)
            }
        })?;
        file.write_all(format!("{HEADER}\n{}\n", hex::encode(seed)).as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(io)?;
        Ok(AuditKey::from_seed(seed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_round_trips_through_its_file_and_signs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/audit.key");
        let made = AuditKey::create(&path).unwrap();
        let loaded = AuditKey::load(&path).unwrap();
        assert_eq!(made.id(), loaded.id());
        let sig = loaded.sign(b"head");
        assert!(verify(&made.verifying(), b"head", &sig));
        assert!(!verify(&made.verifying(), b"other", &sig));
        assert!(!verify(&AuditKey::generate().verifying(), b"head", &sig));
        assert!(matches!(AuditKey::create(&path), Err(KeyError::Exists(_))));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_malformed_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        std::fs::write(&path, "kesu-audit-key-v1\nnothex\n").unwrap();
        assert!(matches!(AuditKey::load(&path), Err(KeyError::Malformed(_))));
    }
}
