//! The category chosen at intake boosts the knowledge-base suggestions: an
//! article of that category moves up a few places, never past one that
//! ranked well ahead of it, and nothing else changes order.

/// How many places an article of the boosted category moves up.
pub const BOOST_PLACES: usize = 3;

/// `ranked` (best first) with each item for which `boosted` holds moved up
/// `places` places: an item at position i competes as if at i − places,
/// and at an equal position the boosted one goes first. Order within the
/// boosted and within the other items is kept.
pub fn promote<T>(ranked: Vec<T>, boosted: impl Fn(&T) -> bool, places: usize) -> Vec<T> {
    let mut keyed: Vec<(usize, bool, usize, T)> = ranked
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let b = boosted(&item);
            (if b { i.saturating_sub(places) } else { i }, !b, i, item)
        })
        .collect();
    keyed.sort_by_key(|k| (k.0, k.1, k.2));
    keyed.into_iter().map(|k| k.3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_boosted_article_moves_up_three_places_and_no_further() {
        let ranked = vec!["a", "b", "c", "d", "e", "F", "g"];
        let out = promote(ranked, |s| s.chars().all(char::is_uppercase), 3);
        assert_eq!(out, ["a", "b", "F", "c", "d", "e", "g"]);
        let out = promote(vec!["a", "B"], |s| *s == "B", 3);
        assert_eq!(out, ["B", "a"]);
    }

    proptest! {
        #[test]
        fn promotion_only_reorders_within_its_reach(
            flags in prop::collection::vec(any::<bool>(), 0..30),
            places in 0usize..5,
        ) {
            let ranked: Vec<(usize, bool)> = flags.iter().copied().enumerate().collect();
            let out = promote(ranked.clone(), |x| x.1, places);
            prop_assert_eq!(out.len(), ranked.len());
            for (pos, (i, b)) in out.iter().enumerate() {
                if *b {
                    // up at most `places`, never down
                    prop_assert!(pos <= *i && *i - pos <= places);
                } else {
                    // down at most by the boosted ones that passed it
                    prop_assert!(pos >= *i);
                }
            }
            // each group keeps its order
            for group in [true, false] {
                let order: Vec<usize> = out.iter().filter(|x| x.1 == group).map(|x| x.0).collect();
                prop_assert!(order.windows(2).all(|w| w[0] < w[1]));
            }
            if places == 0 {
                prop_assert_eq!(out, ranked);
            }
        }
    }
}
