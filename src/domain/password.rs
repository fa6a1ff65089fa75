//! The minimum password policy (after NIST SP 800-63B: length over composition,
//! no trivially guessable passwords).

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 128;

const COMMON: &[&str] = &[
    "password",
    "password1",
    "123456789",
    "1234567890",
    "qwertyuiop",
    "1q2w3e4r5t",
    "abc123456",
    "iloveyou",
    "admin12345",
    "woaini1314",
    "a123456789",
    "qwerty123",
    "1qaz2wsx3edc",
    "11111111",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password must be at least {MIN_LEN} characters")]
    TooShort,
    #[error("password must be at most {MAX_LEN} characters")]
    TooLong,
    #[error("password must not contain the username")]
    ContainsUsername,
    #[error("password is too common")]
    TooCommon,
    #[error("password must mix at least two of letters, digits and symbols")]
    TooSimple,
}

pub fn check(username: &str, password: &str) -> Result<(), PasswordError> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(PasswordError::TooShort);
    }
    if len > MAX_LEN {
        return Err(PasswordError::TooLong);
    }
    let lower = password.to_lowercase();
    if !username.is_empty() && lower.contains(&username.to_lowercase()) {
        return Err(PasswordError::ContainsUsername);
    }
    if COMMON.contains(&lower.as_str()) || password.chars().all(|c| password.starts_with(c)) {
        return Err(PasswordError::TooCommon);
    }
    let letters = password.chars().any(char::is_alphabetic);
    let digits = password.chars().any(|c| c.is_ascii_digit());
    let symbols = password.chars().any(|c| !c.is_alphanumeric());
    if [letters, digits, symbols].iter().filter(|b| **b).count() < 2 {
        return Err(PasswordError::TooSimple);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_rejects_weak_passwords() {
        assert_eq!(check("li", "short1"), Err(PasswordError::TooShort));
        assert_eq!(
            check("zhangwei", "zhangwei2026!"),
            Err(PasswordError::ContainsUsername)
        );
        assert_eq!(check("x", "1234567890"), Err(PasswordError::TooCommon));
        assert_eq!(check("x", "abcdefghijkl"), Err(PasswordError::TooSimple));
        assert_eq!(check("x", &"a1".repeat(70)), Err(PasswordError::TooLong));
        assert_eq!(check("x", "Kesu-demo-2026"), Ok(()));
    }
}
