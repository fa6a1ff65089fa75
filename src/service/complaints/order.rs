//! The orders a complaint list can be read in, and their keyset pagination:
//! the SQL order, the condition that continues after a cursor, and each
//! row's key for the next cursor.
use crate::db::entity::complaint;
use crate::db::joined::ComplaintHead;
use crate::domain::complaint::Priority;
use crate::error::{AppError, AppResult};
use crate::service::complaints::views::stored;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, SimpleExpr};
use sea_orm::{Condition, QueryFilter, QueryOrder, Select};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ComplaintOrder {
    #[default]
    Newest,
    Oldest,
    Priority,
    RecentlyUpdated,
    /// The clock that runs out first comes first; complaints with no
    /// running clock last.
    SlaDue,
}

impl ComplaintOrder {
    fn ascending(self) -> bool {
        matches!(self, ComplaintOrder::Oldest | ComplaintOrder::SlaDue)
    }

    /// What the list is sorted by before the id, if anything.
    fn key_expr(self) -> Option<SimpleExpr> {
        match self {
            ComplaintOrder::Newest | ComplaintOrder::Oldest => None,
            ComplaintOrder::Priority => Some(priority_rank_expr()),
            ComplaintOrder::RecentlyUpdated => {
                Some(Expr::col((complaint::Entity, complaint::Column::UpdatedAt)))
            }
            ComplaintOrder::SlaDue => Some(
                Func::coalesce([
                    Expr::col((complaint::Entity, complaint::Column::SlaDueAt)),
                    Expr::value(no_due()),
                ])
                .into(),
            ),
        }
    }

    /// `q` restricted to the rows after the cursor `(key, id)`.
    pub(crate) fn after(
        self,
        q: Select<complaint::Entity>,
        cursor: &(Option<i64>, i64),
    ) -> AppResult<Select<complaint::Entity>> {
        let (ckey, cid) = cursor;
        let id = Expr::col((complaint::Entity, complaint::Column::Id));
        let id_cond: SimpleExpr = if self.ascending() {
            id.gt(*cid)
        } else {
            id.lt(*cid)
        };
        Ok(match (self.key_expr(), ckey) {
            (None, _) => q.filter(id_cond),
            (Some(k), Some(cv)) => {
                let v: SimpleExpr = match self {
                    ComplaintOrder::RecentlyUpdated | ComplaintOrder::SlaDue => {
                        let t = DateTime::<Utc>::from_timestamp_micros(*cv)
                            .ok_or_else(|| AppError::bad_input("after", "invalid cursor"))?;
                        Expr::value(t)
                    }
                    _ => Expr::value(*cv),
                };
                let beyond = if self.ascending() {
                    k.clone().gt(v.clone())
                } else {
                    k.clone().lt(v.clone())
                };
                q.filter(
                    Condition::any()
                        .add(beyond)
                        .add(Condition::all().add(k.eq(v)).add(id_cond)),
                )
            }
            (Some(_), None) => {
                return Err(AppError::bad_input(
                    "after",
                    "cursor does not match orderBy",
                ))
            }
        })
    }

    /// `q` sorted in this order, the id breaking ties.
    pub(crate) fn sorted(self, q: Select<complaint::Entity>) -> Select<complaint::Entity> {
        let dir = if self.ascending() {
            sea_orm::Order::Asc
        } else {
            sea_orm::Order::Desc
        };
        let q = match self.key_expr() {
            Some(k) => q.order_by(k, dir.clone()),
            None => q,
        };
        q.order_by(complaint::Column::Id, dir)
    }

    /// A row's key in this order, as its cursor carries it.
    pub(crate) fn key_of(self, m: &ComplaintHead) -> AppResult<Option<i64>> {
        Ok(match self {
            ComplaintOrder::Priority => {
                Some(stored("priority", &m.priority, Priority::from_code)?.rank())
            }
            ComplaintOrder::RecentlyUpdated => Some(m.updated_at.timestamp_micros()),
            ComplaintOrder::SlaDue => Some(m.sla_due_at.unwrap_or_else(no_due).timestamp_micros()),
            ComplaintOrder::Newest | ComplaintOrder::Oldest => None,
        })
    }

    /// How two rows with their keys compare in this order, as the SQL sorts
    /// them.
    pub(crate) fn compare(self, a: (Option<i64>, i64), b: (Option<i64>, i64)) -> Ordering {
        let o = a.cmp(&b);
        if self.ascending() {
            o
        } else {
            o.reverse()
        }
    }
}

fn priority_rank_expr() -> SimpleExpr {
    let col = || Expr::col((complaint::Entity, complaint::Column::Priority));
    Expr::case(col().eq(Priority::Urgent.code()), Priority::Urgent.rank())
        .case(
            col().eq(Priority::Important.code()),
            Priority::Important.rank(),
        )
        .finally(Priority::Normal.rank())
        .into()
}

/// The due time the SLA order gives a complaint with no running clock: after
/// every real one.
fn no_due() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(253_402_214_400, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
}
