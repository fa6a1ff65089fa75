//! The knowledge base: articles with versions and a review workflow
//! (draft → in review → published → archived). Search is in `kb_search`.
//!
//! Invariants: the published version stays live while a newer draft is
//! edited and reviewed; every published version is kept; the reviewer who
//! publishes is not the editor of that version; every change writes its audit
//! record and a search-outbox row in the same transaction.
use crate::audit::{self, Entry};
use crate::auth::policy;
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::{category, kb_article, kb_article_version, search_outbox};
use crate::domain::permission::Permission;
use crate::error::{AppError, AppResult};
use crate::service::authz::on;
use crate::service::kb::read::ArticleView;
use crate::service::kb::terms::{ARCHIVED, DRAFT, IN_REVIEW, PUBLISHED};
use crate::service::{optional_text, required_text, Services};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};

#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    pub title: String,
    pub category_id: i64,
    pub scenario: String,
    pub solution: String,
    pub caveats: String,
    pub tags: Vec<String>,
    pub related: Vec<i64>,
}

fn check_input(i: &ArticleInput) -> AppResult<ArticleInput> {
    let tags: Vec<String> = i
        .tags
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.len() > 20 || tags.iter().any(|t| t.chars().count() > 30) {
        return Err(AppError::bad_input(
            "tags",
            "at most 20 tags of at most 30 characters",
        ));
    }
    if i.related.len() > 20 {
        return Err(AppError::bad_input(
            "relatedIds",
            "at most 20 related articles",
        ));
    }
    Ok(ArticleInput {
        title: required_text("title", &i.title, 200)?,
        category_id: i.category_id,
        scenario: required_text("scenario", &i.scenario, 5000)?,
        solution: required_text("solution", &i.solution, 10000)?,
        caveats: optional_text("caveats", Some(&i.caveats), 5000)?.unwrap_or_default(),
        tags,
        related: i.related.clone(),
    })
}

pub(crate) async fn enqueue<C: ConnectionTrait>(
    db: &C,
    entity: &str,
    id: i64,
    at: DateTime<Utc>,
) -> AppResult<()> {
    search_outbox::ActiveModel {
        id: NotSet,
        entity: Set(entity.into()),
        entity_id: Set(id),
        created_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(())
}

impl Services {
    async fn validate_refs(&self, input: &ArticleInput, own_id: Option<i64>) -> AppResult<()> {
        category::Entity::find_by_id(input.category_id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::bad_input("categoryId", "unknown category"))?;
        if !input.related.is_empty() {
            let found = kb_article::Entity::find()
                .filter(kb_article::Column::Id.is_in(input.related.iter().copied()))
                .count(self.db.conn())
                .await?;
            if found != input.related.len() as u64
                || own_id.is_some_and(|o| input.related.contains(&o))
            {
                return Err(AppError::bad_input(
                    "relatedIds",
                    "related articles must exist and differ from this one",
                ));
            }
        }
        Ok(())
    }

    pub async fn create_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: ArticleInput,
    ) -> AppResult<ArticleView> {
        self.enforce(actor, meta, "kb.create", Permission::KbEdit)
            .await?;
        let input = check_input(&input)?;
        self.validate_refs(&input, None).await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let article = kb_article::ActiveModel {
            id: NotSet,
            status: Set(DRAFT.into()),
            latest_version_id: Set(None),
            published_version_id: Set(None),
            author_id: Set(actor.user_id.0),
            reviewer_id: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            published_at: Set(None),
        }
        .insert(&*tx)
        .await?;
        let v = insert_version(&*tx, article.id, 1, &input, actor.user_id.0, now).await?;
        let mut am = article.into_active_model();
        am.latest_version_id = Set(Some(v.id));
        let article = am.update(&*tx).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("kb.create", Some(actor)).target("kb_article", article.id),
        )
        .await?;
        enqueue(&*tx, "kb_article", article.id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(article).await
    }

    /// Edit an article. A published one gets a new draft version; the
    /// published version stays live until that draft is published.
    pub async fn update_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        input: ArticleInput,
    ) -> AppResult<ArticleView> {
        self.enforce_on(
            actor,
            meta,
            "kb.update",
            on("kb_article", id),
            Permission::KbEdit,
        )
        .await?;
        let input = check_input(&input)?;
        self.validate_refs(&input, Some(id)).await?;
        let article = self.load_article_for_change(id, expected_version).await?;
        if article.status == ARCHIVED {
            return Err(AppError::bad_input(
                "id",
                "an archived article cannot be edited",
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let latest = match article.latest_version_id {
            Some(v) => kb_article_version::Entity::find_by_id(v).one(&*tx).await?,
            None => None,
        };
        let latest_id = match latest {
            // an unpublished draft is edited in place
            Some(v) if v.published_at.is_none() => {
                let vid = v.id;
                let mut am = v.into_active_model();
                am.title = Set(input.title.clone());
                am.category_id = Set(input.category_id);
                am.scenario = Set(input.scenario.clone());
                am.solution = Set(input.solution.clone());
                am.caveats = Set(input.caveats.clone());
                am.tags = Set(serde_json::to_string(&input.tags).unwrap_or_default());
                am.related = Set(serde_json::to_string(&input.related).unwrap_or_default());
                am.editor_id = Set(actor.user_id.0);
                am.updated_at = Set(now);
                am.update(&*tx).await?;
                vid
            }
            other => {
                let number = other.map(|v| v.number + 1).unwrap_or(1);
                insert_version(&*tx, id, number, &input, actor.user_id.0, now)
                    .await?
                    .id
            }
        };
        let mut am = article.clone().into_active_model();
        am.latest_version_id = Set(Some(latest_id));
        am.status = Set(DRAFT.into());
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("kb.update", Some(actor)).target("kb_article", id),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    pub async fn submit_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.enforce_on(
            actor,
            meta,
            "kb.submit",
            on("kb_article", id),
            Permission::KbEdit,
        )
        .await?;
        self.kb_transition(
            actor,
            meta,
            id,
            expected_version,
            &[DRAFT],
            IN_REVIEW,
            "kb.submit",
        )
        .await
    }

    pub async fn archive_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.enforce_on(
            actor,
            meta,
            "kb.archive",
            on("kb_article", id),
            Permission::KbPublish,
        )
        .await?;
        self.kb_transition(
            actor,
            meta,
            id,
            expected_version,
            &[DRAFT, IN_REVIEW, PUBLISHED],
            ARCHIVED,
            "kb.archive",
        )
        .await
    }

    /// Publish the version under review. The reviewer cannot be its editor.
    pub async fn publish_kb_article(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<ArticleView> {
        self.enforce_on(
            actor,
            meta,
            "kb.publish",
            on("kb_article", id),
            Permission::KbPublish,
        )
        .await?;
        let article = self.load_article_for_change(id, expected_version).await?;
        if article.status != IN_REVIEW {
            return Err(AppError::bad_input(
                "id",
                format!(
                    "only an article in review can be published (it is {})",
                    article.status
                ),
            ));
        }
        let latest = kb_article_version::Entity::find_by_id(article.latest_version_id.unwrap_or(0))
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::internal_msg("article without a version"))?;
        if latest.editor_id == actor.user_id.0 {
            let d = policy::Denial::self_review(
                Permission::KbPublish,
                "the reviewer cannot publish their own edit",
            );
            return self
                .authorize(actor, meta, "kb.publish", on("kb_article", id), Err(d))
                .await;
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut vam = latest.clone().into_active_model();
        vam.published_at = Set(Some(now));
        vam.reviewer_id = Set(Some(actor.user_id.0));
        vam.update(&*tx).await?;
        let mut am = article.clone().into_active_model();
        am.status = Set(PUBLISHED.into());
        am.published_version_id = Set(Some(latest.id));
        am.reviewer_id = Set(Some(actor.user_id.0));
        am.published_at = Set(Some(now));
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new("kb.publish", Some(actor))
                .target("kb_article", id)
                .detail(serde_json::json!({ "version": latest.number })),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn kb_transition(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
        from: &[&str],
        to: &str,
        action: &str,
    ) -> AppResult<ArticleView> {
        let article = self.load_article_for_change(id, expected_version).await?;
        if !from.contains(&article.status.as_str()) {
            return Err(AppError::bad_input(
                "id",
                format!("cannot move an article from {} to {to}", article.status),
            ));
        }
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut am = article.clone().into_active_model();
        am.status = Set(to.into());
        let saved = self.save_article(&tx, &article, am, now).await?;
        audit::record(
            &tx,
            meta,
            now,
            Entry::new(action, Some(actor)).target("kb_article", id),
        )
        .await?;
        enqueue(&*tx, "kb_article", id, now).await?;
        tx.commit().await?;
        self.index_signal();
        self.kb_article_view(saved).await
    }

    async fn load_article_for_change(
        &self,
        id: i64,
        expected_version: i32,
    ) -> AppResult<kb_article::Model> {
        let a = kb_article::Entity::find_by_id(id)
            .one(self.db.conn())
            .await?
            .ok_or_else(|| AppError::not_found(format!("article {id}")))?;
        if a.version != expected_version {
            return Err(AppError::stale_version(format!(
                "the article was changed by someone else (current version {}); reload and try again",
                a.version
            )));
        }
        Ok(a)
    }

    async fn save_article(
        &self,
        tx: &crate::db::WriteTx,
        current: &kb_article::Model,
        mut am: kb_article::ActiveModel,
        now: DateTime<Utc>,
    ) -> AppResult<kb_article::Model> {
        am.id = NotSet;
        am.version = Set(current.version + 1);
        am.updated_at = Set(now);
        let res = kb_article::Entity::update_many()
            .set(am)
            .filter(kb_article::Column::Id.eq(current.id))
            .filter(kb_article::Column::Version.eq(current.version))
            .exec(&**tx)
            .await?;
        if res.rows_affected == 0 {
            return Err(AppError::stale_version(
                "the article was changed by someone else; reload and try again",
            ));
        }
        kb_article::Entity::find_by_id(current.id)
            .one(&**tx)
            .await?
            .ok_or_else(|| AppError::not_found("article"))
    }
}

async fn insert_version<C: ConnectionTrait>(
    db: &C,
    article_id: i64,
    number: i32,
    i: &ArticleInput,
    editor: i64,
    now: DateTime<Utc>,
) -> AppResult<kb_article_version::Model> {
    Ok(kb_article_version::ActiveModel {
        id: NotSet,
        article_id: Set(article_id),
        number: Set(number),
        title: Set(i.title.clone()),
        category_id: Set(i.category_id),
        scenario: Set(i.scenario.clone()),
        solution: Set(i.solution.clone()),
        caveats: Set(i.caveats.clone()),
        tags: Set(serde_json::to_string(&i.tags).unwrap_or_default()),
        related: Set(serde_json::to_string(&i.related).unwrap_or_default()),
        editor_id: Set(editor),
        reviewer_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
    }
    .insert(db)
    .await?)
}
