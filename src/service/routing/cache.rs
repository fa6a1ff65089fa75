//! The active rules in memory, parsed once, so that routing a complaint does
//! not read and parse every rule's conditions again.
//!
//! Freshness: each decision reads the table's fingerprint (row count,
//! highest id and the sum of versions) in the caller's transaction, one
//! aggregate over at most [`MAX_RULES`](super::MAX_RULES) rows. Every insert
//! raises the highest id or the count, every delete lowers the count or
//! (with an insert) raises the highest id, and every edit, activation and
//! reorder bumps a version; so any change, in this process or another,
//! changes the fingerprint and the rules are read again. The decision thus
//! always uses the rules its transaction sees.
//!
//! The round-robin cursor is not kept here: it changes with every
//! registration and is read from the winning rule's row.
use super::rules::{ordered, RuleView};
use crate::db::entity::routing_rule;
use crate::domain::routing as d;
use crate::error::AppResult;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect};
use std::sync::{Arc, RwLock};

/// What identifies one state of the rules table.
type Fingerprint = (i64, Option<i64>, Option<i64>);

/// The active rules in the order they are tried, with their domain form.
#[derive(Debug)]
pub struct ActiveRules {
    pub views: Vec<RuleView>,
    pub rules: Vec<d::Rule>,
}

/// The parsed active rules of one fingerprint.
#[derive(Debug, Default)]
pub struct RuleCache {
    kept: RwLock<Option<(Fingerprint, Arc<ActiveRules>)>>,
}

impl RuleCache {
    /// The active rules as `db` sees them now.
    pub(crate) async fn active<C: ConnectionTrait>(&self, db: &C) -> AppResult<Arc<ActiveRules>> {
        let now = fingerprint(db).await?;
        if let Some((seen, rules)) = &*self.kept.read().expect("routing cache poisoned") {
            if *seen == now {
                return Ok(rules.clone());
            }
        }
        let views = ordered(db)
            .await?
            .into_iter()
            .filter(|r| r.active)
            .map(RuleView::from_model)
            .collect::<AppResult<Vec<_>>>()?;
        let rules = views
            .iter()
            .map(|v| d::Rule {
                id: v.id,
                conditions: v.conditions.clone(),
            })
            .collect();
        let loaded = Arc::new(ActiveRules { views, rules });
        *self.kept.write().expect("routing cache poisoned") = Some((now, loaded.clone()));
        Ok(loaded)
    }
}

async fn fingerprint<C: ConnectionTrait>(db: &C) -> AppResult<Fingerprint> {
    let row: Option<Fingerprint> = routing_rule::Entity::find()
        .select_only()
        .column_as(Expr::cust("COUNT(*)"), "n")
        .column_as(Expr::cust("MAX(id)"), "max_id")
        .column_as(Expr::cust("CAST(SUM(version) AS BIGINT)"), "versions")
        .into_tuple()
        .one(db)
        .await?;
    Ok(row.unwrap_or((0, None, None)))
}
