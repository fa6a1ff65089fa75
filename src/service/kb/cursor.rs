//! `kbSearch` cursors: where the next page starts in the ranking
//! (`search::kb::PagePos`) and a fingerprint of the search it belongs to, so
//! a cursor is never applied to another query or filter.
use crate::error::{AppError, AppResult};
use crate::search::kb::PagePos;
use base64::Engine;
use sha2::{Digest, Sha256};

const PREFIX: &str = "kb1";
/// Tier-0 depth is `max(4 × first, 50)` with `first` at most 100.
const MAX_BASE_DEPTH: usize = 400;
const MAX_TIER: u32 = 6;

/// What a cursor is bound to: the query text and the filter.
pub fn fingerprint(query: &str, category: Option<i64>, include_drafts: bool) -> String {
    let mut h = Sha256::new();
    h.update(query.as_bytes());
    h.update([0]);
    h.update(category.unwrap_or(0).to_le_bytes());
    h.update([u8::from(include_drafts)]);
    hex::encode(&h.finalize()[..8])
}

pub fn encode(pos: PagePos, fingerprint: &str) -> String {
    let raw = format!(
        "{PREFIX}:{}:{}:{}:{fingerprint}",
        pos.base_depth, pos.tier, pos.offset
    );
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
}

/// The position in `cursor`, which must belong to the search `fingerprint`.
pub fn decode(cursor: &str, fingerprint: &str) -> AppResult<PagePos> {
    let invalid = || AppError::bad_input("after", "invalid cursor");
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| invalid())?;
    let raw = String::from_utf8(raw).map_err(|_| invalid())?;
    let parts: Vec<&str> = raw.split(':').collect();
    let [PREFIX, base, tier, offset, fp] = parts[..] else {
        return Err(invalid());
    };
    let base_depth: usize = base.parse().map_err(|_| invalid())?;
    let tier: u32 = tier.parse().map_err(|_| invalid())?;
    let offset: usize = offset.parse().map_err(|_| invalid())?;
    if !(1..=MAX_BASE_DEPTH).contains(&base_depth) || tier > MAX_TIER {
        return Err(invalid());
    }
    if fp != fingerprint {
        return Err(AppError::bad_input(
            "after",
            "this cursor belongs to another search; start again without `after`",
        ));
    }
    Ok(PagePos {
        base_depth,
        tier,
        offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_stay_with_their_search() {
        let fp = fingerprint("宽带", None, false);
        let pos = PagePos {
            base_depth: 50,
            tier: 1,
            offset: 7,
        };
        assert_eq!(decode(&encode(pos, &fp), &fp).ok(), Some(pos));
        let other = fingerprint("宽带", Some(3), false);
        assert_ne!(fp, other);
        assert!(decode(&encode(pos, &fp), &other).is_err());
        assert!(decode("%%%", &fp).is_err());
        let deep = PagePos { tier: 99, ..pos };
        assert!(decode(&encode(deep, &fp), &fp).is_err());
    }
}
