//! Session tokens: 256 random bits, handed to the client once; only their
//! SHA-256 is stored.
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The session cookie: `__Host-` makes the browser insist on `Secure`,
/// `Path=/` and no `Domain`, so no other site or subdomain can set it.
pub const COOKIE_NAME: &str = "__Host-kesu_session";
/// Its name when served over plain HTTP (`serve --insecure-http`).
pub const INSECURE_COOKIE_NAME: &str = "kesu_session";

pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        COOKIE_NAME
    } else {
        INSECURE_COOKIE_NAME
    }
}

/// The `Set-Cookie` value for a session token living `max_age` seconds
/// (zero, with an empty token, clears it).
pub fn session_cookie(secure: bool, token: &str, max_age: i64) -> String {
    let name = cookie_name(secure);
    let flag = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{flag}")
}

/// A fresh token and the hash to store.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&token);
    (token, hash)
}

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether a presented token has the shape of one of ours (43 base64url chars).
pub fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_hashed() {
        let (a, ha) = generate();
        let (b, _) = generate();
        assert_ne!(a, b);
        assert!(well_formed(&a));
        assert_eq!(hash(&a), ha);
        assert_eq!(ha.len(), 64);
        assert!(!well_formed("short"));
    }

    #[test]
    fn the_cookie_is_host_prefixed_and_secure_unless_plain_http_is_asked_for() {
        let c = session_cookie(true, "t", 60);
        assert!(c.starts_with("__Host-kesu_session=t; Path=/; HttpOnly; SameSite=Strict"));
        assert!(c.ends_with("; Secure"));
        let c = session_cookie(false, "t", 60);
        assert!(c.starts_with("kesu_session=t;"));
        assert!(!c.contains("Secure") && !c.contains("__Host-"));
    }
}
