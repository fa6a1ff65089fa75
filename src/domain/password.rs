//! The password policy: long enough, not absurdly long, and hard to guess
//! by zxcvbn's estimate (score 3 of 4 or better: about 10^8 guesses or
//! more), with the user's own username and name counted as dictionary
//! words. zxcvbn ships the common-password, name and word lists; Kesu keeps
//! no list of its own.

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 128;
/// The zxcvbn score a password needs (0–4).
pub const MIN_SCORE: u8 = 3;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password must be at least {MIN_LEN} characters")]
    TooShort,
    #[error("password must be at most {MAX_LEN} characters")]
    TooLong,
    #[error("password is too easy to guess (strength {score} of 4, {MIN_SCORE} needed){}", hint.as_deref().map(|h| format!(": {h}")).unwrap_or_default())]
    TooWeak { score: u8, hint: Option<String> },
}

/// Check `password` for the user `username` called `name`.
pub fn check(username: &str, name: &str, password: &str) -> Result<(), PasswordError> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(PasswordError::TooShort);
    }
    if len > MAX_LEN {
        return Err(PasswordError::TooLong);
    }
    let inputs: Vec<&str> = [username, name]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    let score = u8::from(estimate.score());
    if score < MIN_SCORE {
        let hint = estimate
            .feedback()
            .and_then(|f| f.warning())
            .map(|w| w.to_string());
        return Err(PasswordError::TooWeak { score, hint });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weak(username: &str, name: &str, pw: &str) -> bool {
        matches!(
            check(username, name, pw),
            Err(PasswordError::TooWeak { .. })
        )
    }

    #[test]
    fn length_bounds_come_first() {
        assert_eq!(check("li", "", "short1"), Err(PasswordError::TooShort));
        assert_eq!(
            check("x", "", &"a1".repeat(70)),
            Err(PasswordError::TooLong)
        );
    }

    #[test]
    fn common_and_patterned_passwords_are_too_weak() {
        for pw in [
            "password123",
            "1234567890",
            "qwertyuiop",
            "1qaz2wsx3edc",
            "aaaaaaaaaaaa",
            "iloveyou2026",
            "Password2026",
        ] {
            assert!(weak("x", "", pw), "{pw} should be refused");
        }
    }

    #[test]
    fn the_users_own_names_count_as_dictionary_words() {
        // strong enough for a stranger, not with the user's own names in it
        let pw = "zhangxiaoyan2026";
        assert!(weak("zhangxy", "zhangxiaoyan", pw));
        assert!(weak("qa_liuyang", "", "qa_liuyang2026!"));
    }

    #[test]
    fn passphrases_and_the_demo_passwords_pass() {
        for pw in [
            "Kesu-demo-2026",
            "Test-password-2026",
            "correct horse battery staple",
            "Tq7#mZ2v!pL9",
        ] {
            assert_eq!(check("agent", "张晓燕", pw), Ok(()), "{pw}");
        }
    }
}
