//! Scrubbing personal identifiers out of free text that is kept for
//! statistics (search analytics). What is removed:
//!
//! - **Numbers of 7 or more digits**: mobile and landline numbers, ID-card
//!   numbers (with a trailing `X`), bank cards, QQ numbers. Digits may be
//!   grouped by single spaces or hyphens (`138 1234 5678`, `010-8888-6666`);
//!   full-width digits count. A run glued to ASCII letters on its left is a
//!   model number (`KFR-35GW`, `XQB100`) and is kept unless it has 11 or more
//!   digits.
//! - **E-mail addresses**.
//!
//! Each is replaced by a placeholder, so a statistic still shows that the
//! caller typed *a* phone number. Dates written as eight digits are scrubbed
//! too; analytics can live without them.

/// What a removed number becomes.
pub const NUMBER: &str = "[号码]";
/// What a removed e-mail address becomes.
pub const EMAIL: &str = "[邮箱]";

/// Digits a number needs to be treated as an identifier.
const MIN_DIGITS: usize = 7;
/// Digits at which even a model-number-like run is an identifier.
const MIN_DIGITS_GLUED: usize = 11;

fn digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn email_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn email_domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

/// The text with phone, ID-card and other long numbers and e-mail addresses
/// replaced by placeholders. Idempotent.
pub fn scrub(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let without_email = scrub_emails(&chars);
    scrub_numbers(&without_email)
}

fn scrub_emails(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            // the local part is what `out` ends with
            let local = out.iter().rev().take_while(|c| email_local(**c)).count();
            let domain = chars[i + 1..]
                .iter()
                .take_while(|c| email_domain(**c))
                .count();
            let dom = &chars[i + 1..i + 1 + domain];
            let dotted = dom
                .iter()
                .position(|c| *c == '.')
                .is_some_and(|p| p > 0 && p + 1 < dom.len());
            if local > 0 && dotted {
                out.truncate(out.len() - local);
                out.extend(EMAIL.chars());
                i += 1 + domain;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn scrub_numbers(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if !digit(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // a number: digit groups joined by one space or hyphen
        let start = i;
        let mut digits = 0;
        let mut end = i;
        while end < chars.len() {
            if digit(chars[end]) {
                digits += 1;
                end += 1;
            } else if matches!(chars[end], ' ' | '-')
                && end + 1 < chars.len()
                && digit(chars[end + 1])
            {
                end += 1;
            } else {
                break;
            }
        }
        // an ID card's check character
        if digits >= 14 && end < chars.len() && matches!(chars[end], 'X' | 'x') {
            end += 1;
        }
        let glued = start > 0 && chars[start - 1].is_ascii_alphabetic();
        let limit = if glued { MIN_DIGITS_GLUED } else { MIN_DIGITS };
        if digits >= limit {
            out.push_str(NUMBER);
        } else {
            out.extend(&chars[start..end]);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn phones_ids_and_emails_are_replaced() {
        assert_eq!(
            scrub("我的号码13912345678宽带断了"),
            "我的号码[号码]宽带断了"
        );
        assert_eq!(scrub("手机 139 1234 5678 欠费"), "手机 [号码] 欠费");
        assert_eq!(scrub("座机010-88886666"), "座机[号码]");
        assert_eq!(scrub("身份证11010519491231002X办卡"), "身份证[号码]办卡");
        assert_eq!(scrub("身份证 11010519491231002x"), "身份证 [号码]");
        assert_eq!(scrub("卡号6222０２１２３４５６７８９０１２"), "卡号[号码]");
        assert_eq!(scrub("发到 zhang.san@example.com 了"), "发到 [邮箱] 了");
    }

    #[test]
    fn model_numbers_amounts_and_plain_words_stay() {
        for kept in [
            "KFR-35GW 不制冷",
            "XQB100-2208 洗衣机",
            "扣了 120 元",
            "套餐 199 元 30GB",
            "iPhone 15 Pro",
            "宽带晚上掉线",
            "第3次投诉",
            "邮件@客服",
            "a@b",
        ] {
            assert_eq!(scrub(kept), kept);
        }
        // glued to letters, but too long to be a model
        assert_eq!(scrub("QQ12345678901"), "QQ[号码]");
    }

    fn phone() -> impl Strategy<Value = String> {
        (
            "1[3-9][0-9]{9}",
            prop_oneof![Just(""), Just(" "), Just("-")],
        )
            .prop_map(|(p, sep)| format!("{}{sep}{}{sep}{}", &p[..3], &p[3..7], &p[7..]))
    }

    proptest! {
        #[test]
        fn an_embedded_phone_never_survives(
            before in "[\\u{4e00}-\\u{4e80}a-z ]{0,8}",
            p in phone(),
            after in "[\\u{4e00}-\\u{4e80} ]{0,8}",
        ) {
            let out = scrub(&format!("{before}{p}{after}"));
            let digits: String = p.chars().filter(char::is_ascii_digit).collect();
            let kept: String = out.chars().filter(char::is_ascii_digit).collect();
            prop_assert!(!kept.contains(&digits[..7]), "{out}");
        }

        #[test]
        fn scrubbing_is_idempotent(s in "[\\u{4e00}-\\u{4e10}0-9a-zX@. -]{0,40}") {
            let once = scrub(&s);
            prop_assert_eq!(scrub(&once), once);
        }

        #[test]
        fn text_without_digits_or_at_is_unchanged(s in "[\\u{4e00}-\\u{9fa5}a-zA-Z ,.!?-]{0,40}") {
            prop_assert_eq!(scrub(&s), s);
        }

        #[test]
        fn no_run_of_seven_digits_remains(s in "[0-9 a-z\\u{4e00}-]{0,40}") {
            let out = scrub(&s);
            let mut run = 0;
            for c in out.chars() {
                run = if c.is_ascii_digit() { run + 1 } else { 0 };
                prop_assert!(run < MIN_DIGITS_GLUED, "{out}");
            }
        }
    }
}
