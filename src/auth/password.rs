//! argon2id password hashing at OWASP's recommended parameters (19 MiB, two
//! passes, one lane). Hashing is CPU-bound and runs on the blocking pool.
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_blocking(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Constant work whatever the outcome; a malformed stored hash verifies as false.
pub fn verify_blocking(hash: &str, password: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

pub async fn hash(password: String) -> Result<String, crate::error::AppError> {
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(crate::error::AppError::internal)?
        .map_err(|e| crate::error::AppError::internal_msg(e.to_string()))
}

pub async fn verify(hash: String, password: String) -> Result<bool, crate::error::AppError> {
    tokio::task::spawn_blocking(move || verify_blocking(&hash, &password))
        .await
        .map_err(crate::error::AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_verifies_and_uses_argon2id_owasp_params() {
        let Ok(h) = hash_blocking("Correct-Horse-9") else {
            panic!("hash")
        };
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_blocking(&h, "Correct-Horse-9"));
        assert!(!verify_blocking(&h, "Correct-Horse-8"));
        assert!(!verify_blocking("not a hash", "x"));
    }
}
