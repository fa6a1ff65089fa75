//! The search's synonym groups and typo corrections, as data: listed, edited
//! and deleted by knowledge-base editors (`kb.edit`), every change audited,
//! in force for search at once, with no restart and no reindex.
//!
//! Freshness: a change in this process replaces the engine's list right after
//! its commit. Another process on the same database is noticed by a
//! fingerprint (row count and the sum of versions, which every insert, edit
//! and delete changes), read at most once per [`RECHECK`] before a search.
//!
//! Seeding: the list shipped with the binary (or `KESU_SYNONYMS_FILE`) is
//! inserted at start-up under each entry's `builtin_key`, so an entry an
//! editor changed or deleted is never seeded again (see the migration).
use crate::audit::{self, Entry};
use crate::auth::{Actor, RequestMeta};
use crate::db::entity::kb_synonym;
use crate::domain::permission::Permission;
use crate::domain::synonym::{self, SynonymKind, SynonymSource};
use crate::error::{AppError, AppResult};
use crate::search::analysis::normalize;
use crate::search::synonyms::Synonyms;
use crate::service::page::{page_size, Page};
use crate::service::Services;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, Condition, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

/// How long this process trusts its list before checking for other
/// processes' changes.
pub const RECHECK: chrono::TimeDelta = chrono::TimeDelta::seconds(1);

/// What this process last loaded: when it checked, and what it saw.
#[derive(Default)]
pub struct Freshness {
    checked_at_ms: AtomicI64,
    seen: Mutex<Option<(i64, i64)>>,
}

#[derive(Debug, Clone)]
pub struct SynonymView {
    pub id: i64,
    pub kind: SynonymKind,
    pub terms: Vec<String>,
    pub source: SynonymSource,
    pub note: Option<String>,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
    pub updated_by: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct SynonymFilter {
    pub text: Option<String>,
    pub kind: Option<SynonymKind>,
}

#[derive(Debug, Clone)]
pub struct SynonymInput {
    pub id: Option<i64>,
    pub expected_version: Option<i32>,
    pub kind: SynonymKind,
    pub terms: Vec<String>,
    pub note: Option<String>,
}

/// What a query would also match.
#[derive(Debug, Clone)]
pub struct SynonymPreview {
    pub normalized: String,
    pub expansions: Vec<String>,
}

fn view_of(m: kb_synonym::Model) -> AppResult<SynonymView> {
    let stored = |what: &str| AppError::internal_msg(format!("kb_synonyms {}: bad {what}", m.id));
    Ok(SynonymView {
        id: m.id,
        kind: SynonymKind::from_code(&m.kind).ok_or_else(|| stored("kind"))?,
        terms: serde_json::from_str(&m.terms).map_err(|_| stored("terms"))?,
        source: SynonymSource::from_code(&m.source).ok_or_else(|| stored("source"))?,
        note: m.note,
        version: m.version,
        updated_at: m.updated_at,
        updated_by: m.updated_by,
    })
}

fn refused((field, message): synonym::Refusal) -> AppError {
    AppError::bad_input(field, message)
}

/// The shipped list (or the operator's file) as entries to seed.
fn shipped(text: &str) -> Vec<(SynonymKind, Vec<String>)> {
    let parsed = Synonyms::parse(text);
    let (groups, corrections) = parsed.entries();
    groups
        .iter()
        .map(|g| (SynonymKind::Group, g.clone()))
        .chain(
            corrections
                .iter()
                .map(|(w, r)| (SynonymKind::Correction, vec![w.clone(), r.clone()])),
        )
        .collect()
}

impl Services {
    /// Seed the shipped entries not seeded before (idempotent; two processes
    /// starting together insert each once) and put the list in force.
    pub async fn seed_kb_synonyms(&self) -> AppResult<()> {
        let text = match &self.config.synonyms_file {
            Some(path) => std::fs::read_to_string(path).map_err(AppError::internal)?,
            None => crate::search::synonyms::DEFAULT.to_string(),
        };
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let mut added = 0;
        for (kind, terms) in shipped(&text) {
            let Ok(terms) = synonym::check_terms(kind, &terms) else {
                tracing::warn!(?terms, "shipped synonym entry skipped: bad shape");
                continue;
            };
            let key = synonym::terms_key(kind, &terms);
            let row = kb_synonym::ActiveModel {
                id: NotSet,
                kind: Set(kind.code().into()),
                terms: Set(serde_json::to_string(&terms).map_err(AppError::internal)?),
                terms_key: Set(key.clone()),
                source: Set(SynonymSource::Builtin.code().into()),
                builtin_key: Set(Some(format!("{}:{key}", kind.code()))),
                note: Set(None),
                version: Set(1),
                deleted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                updated_by: Set(None),
            };
            // any unique key: this built-in entry, or the same words added
            // by an editor (left as they are)
            let res = kb_synonym::Entity::insert(row)
                .on_conflict(OnConflict::new().do_nothing().to_owned())
                .try_insert()
                .exec_without_returning(&*tx)
                .await?;
            if matches!(res, sea_orm::TryInsertResult::Inserted(n) if n > 0) {
                added += 1;
            }
        }
        if added > 0 {
            let meta = RequestMeta {
                request_id: "bootstrap".into(),
                ..Default::default()
            };
            let entry = Entry::new("kb.synonym.seed", None)
                .actor_name("system")
                .detail(serde_json::json!({ "added": added }));
            audit::record(&tx, &meta, now, entry).await?;
        }
        tx.commit().await?;
        self.reload_synonyms().await
    }

    /// Read the stored list and put it in force in this process.
    pub(crate) async fn reload_synonyms(&self) -> AppResult<()> {
        let Some(search) = &self.search else {
            return Ok(());
        };
        let fingerprint = self.synonym_fingerprint().await?;
        let rows = kb_synonym::Entity::find()
            .filter(kb_synonym::Column::DeletedAt.is_null())
            .order_by_asc(kb_synonym::Column::Id)
            .all(self.db.conn())
            .await?;
        let (mut groups, mut corrections) = (vec![], vec![]);
        for row in rows {
            let v = view_of(row)?;
            match v.kind {
                SynonymKind::Group => groups.push(v.terms),
                SynonymKind::Correction => {
                    if let [wrong, right] = &v.terms[..] {
                        corrections.push((wrong.clone(), right.clone()));
                    }
                }
            }
        }
        search.engine.set_synonyms(
            Synonyms::from_entries(groups, corrections).with_thesaurus(self.thesaurus()?),
        );
        let f = &search.synonyms;
        *f.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(fingerprint);
        f.checked_at_ms
            .store(self.now().timestamp_millis(), Ordering::Relaxed);
        Ok(())
    }

    /// Before a search: pick up another process's changes, at most once per
    /// [`RECHECK`].
    pub(crate) async fn synonyms_fresh(&self) -> AppResult<()> {
        let Some(search) = &self.search else {
            return Ok(());
        };
        let now = self.now().timestamp_millis();
        let f = &search.synonyms;
        let last = f.checked_at_ms.load(Ordering::Relaxed);
        if now - last < RECHECK.num_milliseconds()
            || f.checked_at_ms
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return Ok(());
        }
        let current = self.synonym_fingerprint().await?;
        let seen = *f
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if seen != Some(current) {
            self.reload_synonyms().await?;
        }
        Ok(())
    }

    async fn synonym_fingerprint(&self) -> AppResult<(i64, i64)> {
        let row: Option<(i64, Option<i64>)> = kb_synonym::Entity::find()
            .select_only()
            .column_as(Expr::cust("COUNT(*)"), "n")
            .column_as(
                Expr::cust("CAST(COALESCE(SUM(version), 0) AS BIGINT)"),
                "versions",
            )
            .into_tuple()
            .one(self.db.conn())
            .await?;
        let (n, versions) = row.unwrap_or((0, None));
        Ok((n, versions.unwrap_or(0)))
    }

    /// Entries, newest first (`kb.edit`).
    pub async fn kb_synonyms(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        filter: &SynonymFilter,
        first: Option<i64>,
        after: Option<i64>,
    ) -> AppResult<(Page<SynonymView>, u64)> {
        self.enforce(actor, meta, "kb.synonym.list", Permission::KbEdit)
            .await?;
        let limit = page_size(first)?;
        let mut cond = Condition::all().add(kb_synonym::Column::DeletedAt.is_null());
        if let Some(kind) = filter.kind {
            cond = cond.add(kb_synonym::Column::Kind.eq(kind.code()));
        }
        if let Some(text) = filter.text.as_deref().map(normalize) {
            let text = text.trim().to_string();
            if !text.is_empty() {
                cond = cond.add(kb_synonym::Column::Terms.contains(&text));
            }
        }
        let total = kb_synonym::Entity::find()
            .filter(cond.clone())
            .count(self.db.conn())
            .await?;
        let mut q = kb_synonym::Entity::find().filter(cond);
        if let Some(a) = after {
            q = q.filter(kb_synonym::Column::Id.lt(a));
        }
        let rows = q
            .order_by_desc(kb_synonym::Column::Id)
            .limit(limit + 1)
            .all(self.db.conn())
            .await?;
        let has_next = rows.len() as u64 > limit;
        let items = rows
            .into_iter()
            .take(limit as usize)
            .map(|m| Ok((m.id.to_string(), view_of(m)?)))
            .collect::<AppResult<Vec<_>>>()?;
        Ok((
            Page {
                items,
                has_next,
                has_previous: after.is_some(),
            },
            total,
        ))
    }

    /// Create or edit an entry (`kb.edit`), audited; in force at once.
    pub async fn save_kb_synonym(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        input: SynonymInput,
    ) -> AppResult<SynonymView> {
        self.enforce(actor, meta, "kb.synonym.save", Permission::KbEdit)
            .await?;
        let normalized: Vec<String> = input.terms.iter().map(|t| normalize(t)).collect();
        let terms = synonym::check_terms(input.kind, &normalized).map_err(refused)?;
        let note = synonym::check_note(input.note.as_deref()).map_err(refused)?;
        let key = synonym::terms_key(input.kind, &terms);
        let terms_json = serde_json::to_string(&terms).map_err(AppError::internal)?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let same = kb_synonym::Entity::find()
            .filter(kb_synonym::Column::Kind.eq(input.kind.code()))
            .filter(kb_synonym::Column::TermsKey.eq(key.as_str()))
            .one(&*tx)
            .await?;
        if let Some(s) = &same {
            if s.deleted_at.is_none() && Some(s.id) != input.id {
                return Err(AppError::already_exists(
                    "terms",
                    "an entry with these terms exists; edit it instead",
                ));
            }
        }
        // a deleted entry with the same words is brought back, not duplicated
        let target = match (input.id, &same) {
            (Some(id), _) => Some(id),
            (None, Some(s)) => Some(s.id),
            (None, None) => None,
        };
        let saved = match target {
            None => {
                kb_synonym::ActiveModel {
                    id: NotSet,
                    kind: Set(input.kind.code().into()),
                    terms: Set(terms_json),
                    terms_key: Set(key),
                    source: Set(SynonymSource::Editor.code().into()),
                    builtin_key: Set(None),
                    note: Set(note),
                    version: Set(1),
                    deleted_at: Set(None),
                    created_at: Set(now),
                    updated_at: Set(now),
                    updated_by: Set(Some(actor.user_id.0)),
                }
                .insert(&*tx)
                .await?
            }
            Some(id) => {
                let current = kb_synonym::Entity::find_by_id(id)
                    .one(&*tx)
                    .await?
                    .filter(|c| c.deleted_at.is_none() || input.id.is_none())
                    .ok_or_else(|| AppError::not_found(format!("synonym entry {id}")))?;
                if input.id.is_some() && input.expected_version != Some(current.version) {
                    return Err(AppError::stale_version(format!(
                        "the entry was changed by someone else (current version {}); reload and try again",
                        current.version
                    )));
                }
                let mut am: kb_synonym::ActiveModel = current.clone().into();
                am.kind = Set(input.kind.code().into());
                am.terms = Set(terms_json);
                am.terms_key = Set(key);
                am.note = Set(note);
                am.version = Set(current.version + 1);
                am.deleted_at = Set(None);
                am.updated_at = Set(now);
                am.updated_by = Set(Some(actor.user_id.0));
                am.update(&*tx).await?
            }
        };
        let entry = Entry::new("kb.synonym.save", Some(actor))
            .target("kb_synonym", saved.id)
            .detail(serde_json::json!({
                "kind": saved.kind, "terms": terms, "version": saved.version,
            }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.reload_synonyms().await?;
        view_of(saved)
    }

    /// Delete an entry (`kb.edit`), audited; out of force at once.
    pub async fn delete_kb_synonym(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        id: i64,
        expected_version: i32,
    ) -> AppResult<i64> {
        self.enforce(actor, meta, "kb.synonym.delete", Permission::KbEdit)
            .await?;
        let now = self.now();
        let tx = self.db.write_tx().await?;
        let current = kb_synonym::Entity::find_by_id(id)
            .one(&*tx)
            .await?
            .filter(|c| c.deleted_at.is_none())
            .ok_or_else(|| AppError::not_found(format!("synonym entry {id}")))?;
        if current.version != expected_version {
            return Err(AppError::stale_version(format!(
                "the entry was changed by someone else (current version {}); reload and try again",
                current.version
            )));
        }
        let mut am: kb_synonym::ActiveModel = current.clone().into();
        am.deleted_at = Set(Some(now));
        am.version = Set(current.version + 1);
        am.updated_at = Set(now);
        am.updated_by = Set(Some(actor.user_id.0));
        am.update(&*tx).await?;
        let entry = Entry::new("kb.synonym.delete", Some(actor))
            .target("kb_synonym", id)
            .detail(serde_json::json!({ "kind": current.kind, "terms": current.terms }));
        audit::record(&tx, meta, now, entry).await?;
        tx.commit().await?;
        self.reload_synonyms().await?;
        Ok(id)
    }

    /// What `query` would also match under the list in force (`kb.edit`).
    pub async fn kb_synonym_preview(
        &self,
        actor: &Actor,
        meta: &RequestMeta,
        query: &str,
    ) -> AppResult<SynonymPreview> {
        self.enforce(actor, meta, "kb.synonym.preview", Permission::KbEdit)
            .await?;
        if query.trim().is_empty() || query.chars().count() > super::MAX_QUERY_CHARS {
            return Err(AppError::bad_input(
                "query",
                format!("1 to {} characters", super::MAX_QUERY_CHARS),
            ));
        }
        self.synonyms_fresh().await?;
        let normalized = normalize(query.trim());
        let expansions = match &self.search {
            Some(s) => s.engine.synonyms().expansions(&normalized),
            None => vec![],
        };
        Ok(SynonymPreview {
            normalized,
            expansions,
        })
    }
}
