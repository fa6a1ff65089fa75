//! A large generated data set for benchmarks: N complaints from the demo
//! corpus, inserted in bulk (not through the services: this is load, not
//! work). Requires the demo organisation to exist (it seeds it if missing).
use super::corpus::corpus;
use crate::db::customers as db_customers;
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
    let corpus = corpus()?;
    let (surnames, given_names) = (&corpus.surnames, &corpus.given_names);
    let (templates, places) = (&corpus.templates, &corpus.places);
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
            .map(|i| {
                let name = format!(
                    "{}{}",
                    surnames[rng.gen_range(0..surnames.len())],
                    given_names[rng.gen_range(0..given_names.len())]
                );
                db_customers::sealed(
                    &services.vault,
                    &db_customers::NewCustomer {
                        name: &name,
                        phone: &format!("1{run:02}{i:08}"),
                        id_card: None,
                        email: None,
                        at: now,
                    },
                )
            })
            .collect();
        customer::Entity::insert_many(rows)
            .exec_without_returning(&*tx)
            .await?;
        tx.commit().await?;
    }
    let phones: Vec<String> = (0..n_customers)
        .map(|i| services.vault.blind_phone(&format!("1{run:02}{i:08}")))
        .collect();
    for chunk in phones.chunks(CHUNK) {
        let ids: Vec<i64> = customer::Entity::find()
            .filter(customer::Column::PhoneIndex.is_in(chunk.iter().map(String::as_str)))
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
            let t = &templates[rng.gen_range(0..templates.len())];
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
                priority: Set(t.priority.clone()),
                status: Set(status.code().into()),
                title: Set(t.title.clone()),
                description: Set(t.description.clone()),
                occurred_at: Set(Some(created - Duration::hours(3))),
                occurred_place: Set(Some(places[rng.gen_range(0..places.len())].clone())),
                product_model: Set(t.product.clone()),
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
                sla_state: Set(None),
                sla_due_at: Set(None),
                callback_attempts: Set(0),
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

/// Insert `count` generated, published knowledge-base articles (benchmarks):
/// the fixture articles recombined with other products, regions and steps.
pub async fn seed_bulk_kb(services: &Services, count: usize) -> AppResult<u64> {
    use crate::db::entity::{category, kb_article, kb_article_version, user};
    use sea_orm::{ActiveModelTrait, PaginatorTrait};
    super::seed_if_empty(services).await?;
    let conn = services.db().conn();
    let fixtures = super::kb::fixture_articles()?;
    let codes: std::collections::HashMap<String, i64> = category::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect();
    let editor = user::Entity::find()
        .filter(user::Column::Username.eq("kb_editor"))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::internal_msg("demo kb_editor missing"))?;
    let reviewer = user::Entity::find()
        .filter(user::Column::Username.eq("kb_reviewer"))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::internal_msg("demo kb_reviewer missing"))?;
    const REGIONS: &[&str] = &[
        "北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安", "南京", "重庆", "香港",
        "台北",
    ];
    const PRODUCTS: &[&str] = &[
        "KFR-26GW",
        "KFR-35GW",
        "KFR-72LW",
        "iPhone 15",
        "iPhone 15 Pro",
        "Mate 60",
        "XQG100",
        "5G畅享129元套餐",
        "白金信用卡",
        "ETC记账卡",
        "WiFi 6 路由器",
        "4K 机顶盒",
        "燃气热水器 JSQ25",
        "洗碗机 M3",
    ];
    let mut rng = StdRng::seed_from_u64(count as u64 + 7);
    let now = services.now();
    for chunk_start in (0..count).step_by(CHUNK) {
        let tx = services.db().write_tx().await?;
        for i in chunk_start..(chunk_start + CHUNK).min(count) {
            let base = &fixtures[i % fixtures.len()];
            let other = &fixtures[rng.gen_range(0..fixtures.len())];
            let region = REGIONS[rng.gen_range(0..REGIONS.len())];
            let product = PRODUCTS[rng.gen_range(0..PRODUCTS.len())];
            let title = format!(
                "{}（{region}·{product}·第{}版）",
                base.title,
                i / fixtures.len() + 1
            );
            let category_id = codes.get(&base.category).copied().unwrap_or(1);
            let article = kb_article::ActiveModel {
                id: NotSet,
                status: Set("published".into()),
                latest_version_id: Set(None),
                published_version_id: Set(None),
                author_id: Set(editor.id),
                reviewer_id: Set(Some(reviewer.id)),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(Some(now)),
            }
            .insert(&*tx)
            .await?;
            let v = kb_article_version::ActiveModel {
                id: NotSet,
                article_id: Set(article.id),
                number: Set(1),
                title: Set(title),
                category_id: Set(category_id),
                scenario: Set(format!("{}（{region}地区，{product}）", base.scenario)),
                solution: Set(format!("{}\n补充：{}", base.solution, other.caveats)),
                caveats: Set(base.caveats.clone()),
                tags: Set(serde_json::to_string(&base.tags).unwrap_or_default()),
                related: Set("[]".into()),
                editor_id: Set(editor.id),
                reviewer_id: Set(Some(reviewer.id)),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(Some(now)),
            }
            .insert(&*tx)
            .await?;
            kb_article::Entity::update_many()
                .col_expr(
                    kb_article::Column::LatestVersionId,
                    sea_orm::sea_query::Expr::value(v.id),
                )
                .col_expr(
                    kb_article::Column::PublishedVersionId,
                    sea_orm::sea_query::Expr::value(v.id),
                )
                .filter(kb_article::Column::Id.eq(article.id))
                .exec(&*tx)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(kb_article::Entity::find().count(conn).await?)
}
