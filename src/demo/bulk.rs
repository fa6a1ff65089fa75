//! A large generated data set for benchmarks: N complaints from the demo
//! corpus, inserted in bulk (not through the services: this is load, not
//! work). Requires the demo organisation to exist (it seeds it if missing).
use super::corpus::*;
use crate::db::entity::{complaint, customer};
use crate::domain::complaint::{Channel, Status};
use crate::domain::number;
use crate::error::{AppError, AppResult};
use crate::service::Services;
use chrono::Duration;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ActiveValue::NotSet, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};

const CHUNK: usize = 500;

/// Insert `count` more complaints; returns how many exist afterwards.
pub async fn seed_bulk(services: &Services, count: usize) -> AppResult<u64> {
    super::seed_if_empty(services).await?;
    let db = services.db();
    let conn = db.conn();
    use crate::db::entity::{category, user};
    let categories: Vec<i64> = category::Entity::find()
        .filter(category::Column::ParentId.is_not_null())
        .select_only()
        .column(category::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let users: Vec<(i64, Option<i64>)> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::TeamId)
        .into_tuple()
        .all(conn)
        .await?;
    if categories.is_empty() || users.is_empty() {
        return Err(AppError::internal_msg("demo organisation missing"));
    }
    let mut rng = StdRng::seed_from_u64(count as u64);
    let now = services.now();
    let run = rand::random::<u32>() % 90 + 10;
    // customers: one per 5 complaints
    let n_customers = (count / 5).max(1);
    let mut customer_ids = Vec::with_capacity(n_customers);
    for chunk_start in (0..n_customers).step_by(CHUNK) {
        let tx = db.write_tx().await?;
        let rows: Vec<customer::ActiveModel> = (chunk_start
            ..(chunk_start + CHUNK).min(n_customers))
            .map(|i| customer::ActiveModel {
                id: NotSet,
                name: Set(format!(
                    "{}{}",
                    SURNAMES[rng.gen_range(0..SURNAMES.len())],
                    GIVEN_NAMES[rng.gen_range(0..GIVEN_NAMES.len())]
                )),
                phone: Set(format!("1{run:02}{i:08}")),
                id_card: Set(None),
                email: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            })
            .collect();
        customer::Entity::insert_many(rows)
            .exec_without_returning(&*tx)
            .await?;
        tx.commit().await?;
    }
    let phones: Vec<String> = (0..n_customers)
        .map(|i| format!("1{run:02}{i:08}"))
        .collect();
    for chunk in phones.chunks(CHUNK) {
        let ids: Vec<i64> = customer::Entity::find()
            .filter(customer::Column::Phone.is_in(chunk.iter().map(String::as_str)))
            .select_only()
            .column(customer::Column::Id)
            .into_tuple()
            .all(conn)
            .await?;
        customer_ids.extend(ids);
    }
    let statuses = Status::ALL;
    for chunk_start in (0..count).step_by(CHUNK) {
        let end = (chunk_start + CHUNK).min(count);
        let mut rows = Vec::with_capacity(end - chunk_start);
        for i in chunk_start..end {
            let t = &TEMPLATES[rng.gen_range(0..TEMPLATES.len())];
            let created = now - Duration::seconds(rng.gen_range(0..365 * 86_400));
            let (accepted_by, team) = users[rng.gen_range(0..users.len())];
            let status = statuses[rng.gen_range(0..statuses.len())];
            rows.push(complaint::ActiveModel {
                id: NotSet,
                number: Set(format!("TS{}-{run:02}{i:07}", number::day_key(created))),
                customer_id: Set(customer_ids[rng.gen_range(0..customer_ids.len())]),
                channel: Set(Channel::ALL[rng.gen_range(0..Channel::ALL.len())]
                    .code()
                    .into()),
                category_id: Set(categories[rng.gen_range(0..categories.len())]),
                priority: Set(t.priority.into()),
                status: Set(status.code().into()),
                title: Set(t.title.into()),
                description: Set(t.description.into()),
                occurred_at: Set(Some(created - Duration::hours(3))),
                occurred_place: Set(Some(PLACES[rng.gen_range(0..PLACES.len())].into())),
                product_model: Set(t.product.map(str::to_string)),
                product_batch: Set(None),
                order_number: Set(None),
                purchased_on: Set(None),
                shipped_on: Set(None),
                arrived_on: Set(None),
                amount_disputed_cents: Set(t.amount_yuan.map(|y| i64::from(y) * 100)),
                refund_requested_cents: Set(None),
                refund_granted_cents: Set(None),
                responsibility: Set(None),
                findings: Set(None),
                resolution: Set(None),
                satisfaction: Set(None),
                is_major: Set(false),
                repeat_of_id: Set(None),
                reopen_count: Set(0),
                accepted_by_id: Set(accepted_by),
                accepted_team_id: Set(team),
                team_id: Set(team),
                assignee_id: Set(Some(users[rng.gen_range(0..users.len())].0)),
                version: Set(1),
                created_at: Set(created),
                updated_at: Set(created),
                escalated_at: Set(None),
                first_replied_at: Set(None),
                resolved_at: Set(None),
                closed_at: Set(None),
                used_kb_version_id: Set(None),
                announcement_id: Set(None),
            });
        }
        let tx = db.write_tx().await?;
        complaint::Entity::insert_many(rows)
            .exec_without_returning(&*tx)
            .await?;
        tx.commit().await?;
    }
    services.count_all_complaints().await
}
