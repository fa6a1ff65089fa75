//! Pinyin-input typos nobody listed (`search::homophones`): a query typed
//! with a wrong character of the same sound finds what the right one
//! finds, from the knowledge base's own vocabulary (none of these typos is
//! in `synonyms.txt`).
use crate::helpers::*;
use crate::relevance::{seeded, Seeded};
use std::collections::HashMap;

#[tokio::test]
async fn a_typo_of_the_same_sound_finds_what_the_right_word_finds() {
    let app = spawn_app().await;
    let m = meta();
    let Seeded { agent, ids, .. } = seeded(&app).await;
    let slug_of: HashMap<i64, String> = ids.into_iter().map(|(s, id)| (id, s)).collect();
    let top = |query: &'static str| {
        let (app, agent, m, slug_of) = (&app, &agent, &m, &slug_of);
        async move {
            let hits = app
                .services
                .kb_search(
                    agent,
                    m,
                    &kesu::service::kb::KbSearchRequest {
                        query,
                        first: Some(3),
                        ..Default::default()
                    },
                )
                .await
                .expect("search")
                .hits;
            hits.iter()
                .filter_map(|h| slug_of.get(&h.article_id).cloned())
                .collect::<Vec<_>>()
        }
    };
    let synonyms = include_str!("../../src/search/synonyms.txt");
    for (typed, meant, typo, article) in [
        (
            "银行卡被东结了",
            "银行卡被冻结了",
            "东结",
            "bank-card-frozen",
        ),
        (
            "冰相晚上嗡嗡响",
            "冰箱晚上嗡嗡响",
            "冰相",
            "appliance-fridge-noise",
        ),
        (
            "快地包裹压扁了",
            "快递包裹压扁了",
            "快地",
            "ecom-parcel-damaged",
        ),
    ] {
        assert!(!synonyms.contains(typo), "{typo} is not a listed typo");
        let right = top(meant).await;
        assert!(right.iter().any(|s| s == article), "{meant}: {right:?}");
        let wrong = top(typed).await;
        assert!(wrong.iter().any(|s| s == article), "{typed}: {wrong:?}");
        assert_eq!(
            wrong.first(),
            right.first(),
            "{typed} leads as {meant} does: {wrong:?}"
        );
    }
}
