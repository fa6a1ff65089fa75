//! Masking of personal data for display. Masked values keep just enough to
//! recognise a record on the phone ("the number ending 1234") and nothing more.

/// `13812341234` → `138****1234`. Short or odd inputs are masked entirely but
/// for the last two characters.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    let n = chars.len();
    if n >= 11 {
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[n - 4..].iter().collect();
        format!("{head}{}{tail}", "*".repeat(n - 7))
    } else if n > 2 {
        let tail: String = chars[n - 2..].iter().collect();
        format!("{}{tail}", "*".repeat(n - 2))
    } else {
        "*".repeat(n)
    }
}

/// `110101199003071234` → `110***********1234`.
pub fn mask_id_card(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let n = chars.len();
    if n >= 8 {
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[n - 4..].iter().collect();
        format!("{head}{}{tail}", "*".repeat(n - 7))
    } else {
        "*".repeat(n)
    }
}

/// `zhangsan@example.com` → `z***@example.com`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

/// `张三丰` → `张**`; a single-character name stays masked as `*`.
pub fn mask_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => {
            let rest = chars.count().max(1);
            format!("{first}{}", "*".repeat(rest))
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn phone_is_masked_in_the_middle() {
        assert_eq!(mask_phone("13812341234"), "138****1234");
        assert_eq!(mask_phone("+8613812341234"), "+86*******1234");
        assert_eq!(mask_phone("12345"), "***45");
    }

    #[test]
    fn id_card_keeps_only_region_prefix_and_last_four() {
        assert_eq!(mask_id_card("110101199003071234"), "110***********1234");
    }

    #[test]
    fn email_and_name_are_masked() {
        assert_eq!(mask_email("zhangsan@example.com"), "z***@example.com");
        assert_eq!(mask_name("张三丰"), "张**");
        assert_eq!(mask_name("李"), "李*");
    }

    proptest! {
        #[test]
        fn masked_phone_never_reveals_the_middle_digits(phone in "1[3-9][0-9]{9}") {
            let masked = mask_phone(&phone);
            prop_assert_eq!(masked.chars().count(), 11);
            prop_assert_eq!(&masked[3..7], "****");
            prop_assert_eq!(&masked[..3], &phone[..3]);
            prop_assert_eq!(&masked[7..], &phone[7..]);
        }

        #[test]
        fn masked_id_card_hides_birth_date(id in "[1-9][0-9]{16}[0-9X]") {
            let masked = mask_id_card(&id);
            prop_assert!(!masked.contains(&id[6..14]));
        }
    }
}
