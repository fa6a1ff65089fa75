//! A month of agents' knowledge-base searches, so that 检索分析 has
//! something to show: real searches through the engine (after a reindex of
//! what was seeded), at times spread over the last 28 days, by the demo
//! agents; the first hit opened where an agent would have, and put on a
//! complaint that used that article where one exists.
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{complaint, kb_article_version};
use crate::domain::ManualClock;
use crate::error::AppResult;
use crate::service::kb::KbSearchRequest;
use crate::service::Services;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// (query, how often in the month, whether the agent opened the first hit).
/// Written for the demo; some find nothing on purpose (what editors look for).
const SEARCHES: &[(&str, u32, bool)] = &[
    ("宽带晚上掉线", 9, true),
    ("话费多扣了", 7, true),
    ("视频彩铃 退订", 6, true),
    ("网速慢", 6, true),
    ("冰箱不制冷", 5, true),
    ("退款多久到账", 5, false),
    ("信用卡年费", 4, true),
    ("快递丢件 赔偿", 4, true),
    ("寬頻斷線", 3, true),
    ("携号转网", 3, false),
    ("空调漏水", 3, true),
    ("套餐降档 违约金", 3, false),
    ("我的手机13800001234欠费停机", 1, true),
    ("物业费发票", 2, false),
    ("燃气表不走字", 2, false),
    ("积分清零", 2, false),
    ("外卖超时 赔付", 1, false),
    // outside what this knowledge base covers
    ("宠物托运", 2, false),
    ("高铁改签", 1, false),
];

pub(super) async fn seed_searches(
    s: &Services,
    meta: &RequestMeta,
    clock: &ManualClock,
    now: DateTime<Utc>,
    agents: &[Actor],
) -> AppResult<usize> {
    if s.search.is_none() || agents.is_empty() {
        return Ok(0);
    }
    // the index is filled by the server's indexer once it runs; the searches
    // below need it now
    s.reindex().await?;
    let used = complaints_by_article(s).await?;
    let mut n = 0usize;
    for (qi, (query, times, open)) in SEARCHES.iter().enumerate() {
        for k in 0..*times {
            let step = qi * 7 + k as usize * 5;
            let agent = &agents[step % agents.len()];
            // 28 days back, working hours, never two at once
            let at = now - Duration::days((step % 28) as i64 + 1)
                + Duration::hours(1 + (step % 9) as i64)
                + Duration::minutes((qi * 3 + k as usize) as i64);
            clock.set(at);
            let out = s
                .kb_search(
                    agent,
                    meta,
                    &KbSearchRequest {
                        query,
                        first: Some(10),
                        log: true,
                        ..Default::default()
                    },
                )
                .await?;
            n += 1;
            let (Some(sid), Some(first)) = (out.search_id, out.hits.first()) else {
                continue;
            };
            // most agents open the first hit of a search that tends to be opened
            if !open || k % 4 == 3 {
                continue;
            }
            clock.set(at + Duration::seconds(20));
            s.record_kb_search_open(agent, meta, &sid, first.article_id)
                .await?;
            if k % 2 == 0 {
                if let Some(c) = used.get(&first.article_id) {
                    s.kb_search_used(agent, Some(sid), first.article_id, *c);
                }
            }
        }
    }
    s.kb_search_log().drain().await;
    Ok(n)
}

/// For each article agents answered calls with, one such complaint.
async fn complaints_by_article(s: &Services) -> AppResult<HashMap<i64, i64>> {
    let article_of: HashMap<i64, i64> = kb_article_version::Entity::find()
        .select_only()
        .column(kb_article_version::Column::Id)
        .column(kb_article_version::Column::ArticleId)
        .into_tuple::<(i64, i64)>()
        .all(s.db.conn())
        .await?
        .into_iter()
        .collect();
    let used: Vec<(i64, i64)> = complaint::Entity::find()
        .select_only()
        .column(complaint::Column::Id)
        .column(complaint::Column::UsedKbVersionId)
        .filter(complaint::Column::UsedKbVersionId.is_not_null())
        .into_tuple()
        .all(s.db.conn())
        .await?;
    Ok(used
        .into_iter()
        .filter_map(|(c, v)| article_of.get(&v).map(|a| (*a, c)))
        .collect())
}
