//! The search's synonym groups and typo corrections in the API (`kb.edit`).
use super::loaders::UserLoader;
use super::types::{load_cached, User};
use super::{actor, parse_id, parse_opt_id, services, GqlResult};
use crate::domain::synonym as d;
use crate::error::AppError;
use crate::service::kb::synonyms::{SynonymFilter, SynonymInput, SynonymView};
use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject, ID};
use chrono::{DateTime, Utc};

/// What an entry does at query time.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum KbSynonymKind {
    /// Words that find each other (any one also finds the others).
    Group,
    /// A common typing mistake and its correction: terms = [wrong, right].
    Correction,
}

impl From<KbSynonymKind> for d::SynonymKind {
    fn from(k: KbSynonymKind) -> Self {
        match k {
            KbSynonymKind::Group => d::SynonymKind::Group,
            KbSynonymKind::Correction => d::SynonymKind::Correction,
        }
    }
}

impl From<d::SynonymKind> for KbSynonymKind {
    fn from(k: d::SynonymKind) -> Self {
        match k {
            d::SynonymKind::Group => KbSynonymKind::Group,
            d::SynonymKind::Correction => KbSynonymKind::Correction,
        }
    }
}

/// Where an entry came from.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum KbSynonymSource {
    /// Shipped with Kesu (seeded from the built-in list); editable like any other.
    Builtin,
    /// Added by a knowledge-base editor.
    Editor,
}

pub struct KbSynonym(SynonymView);

#[Object]
impl KbSynonym {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn kind(&self) -> KbSynonymKind {
        self.0.kind.into()
    }
    /// GROUP: two or more words; CORRECTION: exactly [wrong, right]. Simplified script, normalised.
    async fn terms(&self) -> &[String] {
        &self.0.terms
    }
    async fn source(&self) -> KbSynonymSource {
        match self.0.source {
            d::SynonymSource::Builtin => KbSynonymSource::Builtin,
            d::SynonymSource::Editor => KbSynonymSource::Editor,
        }
    }
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Pass back as expectedVersion when saving or deleting.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    async fn updated_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        load_cached::<UserLoader, _, _>(ctx, self.0.updated_by)
            .await
            .map(|o| o.map(User))
    }
}

#[derive(SimpleObject)]
pub struct KbSynonymConnectionFields {
    /// Entries matching the filter.
    total_count: u64,
}

#[derive(InputObject, Default)]
pub struct KbSynonymFilter {
    /// Entries with a term containing this text.
    text: Option<String>,
    kind: Option<KbSynonymKind>,
}

/// What a query would also match, under the synonyms in force now.
#[derive(SimpleObject)]
pub struct KbSynonymPreview {
    /// The query as search sees it (Simplified, half-width, lower case).
    normalized: String,
    /// Extra phrases searched at lower weight: corrections first, then synonyms.
    expansions: Vec<String>,
}

#[derive(InputObject)]
pub struct SaveKbSynonymInput {
    /// Omit to create.
    id: Option<ID>,
    /// Required when id is given.
    expected_version: Option<i32>,
    kind: KbSynonymKind,
    terms: Vec<String>,
    note: Option<String>,
}

#[derive(InputObject)]
pub struct DeleteKbSynonymInput {
    id: ID,
    expected_version: i32,
}

#[derive(Default)]
pub struct KbSynonymQuery;

#[Object]
impl KbSynonymQuery {
    /// Domain synonyms and typo corrections used by search (`kb.edit`), newest first.
    async fn kb_synonyms(
        &self,
        ctx: &Context<'_>,
        filter: Option<KbSynonymFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, KbSynonym, KbSynonymConnectionFields, EmptyFields>> {
        let (a, m) = actor(ctx)?;
        let after = match after.as_deref() {
            None => None,
            Some(c) => Some(
                c.parse::<i64>()
                    .map_err(|_| AppError::bad_input("after", "invalid cursor"))
                    .gql(ctx)?,
            ),
        };
        let f = filter.unwrap_or_default();
        let filter = SynonymFilter {
            text: f.text,
            kind: f.kind.map(Into::into),
        };
        let (page, total_count) = services(ctx)
            .kb_synonyms(a, m, &filter, first.map(i64::from), after)
            .await
            .gql(ctx)?;
        let mut c = Connection::with_additional_fields(
            page.has_previous,
            page.has_next,
            KbSynonymConnectionFields { total_count },
        );
        c.edges.extend(
            page.items
                .into_iter()
                .map(|(cursor, v)| Edge::new(cursor, KbSynonym(v))),
        );
        Ok(c)
    }

    /// Try a query against the synonyms in force (`kb.edit`).
    async fn kb_synonym_preview(
        &self,
        ctx: &Context<'_>,
        query: String,
    ) -> Result<KbSynonymPreview> {
        let (a, m) = actor(ctx)?;
        let p = services(ctx)
            .kb_synonym_preview(a, m, &query)
            .await
            .gql(ctx)?;
        Ok(KbSynonymPreview {
            normalized: p.normalized,
            expansions: p.expansions,
        })
    }
}

#[derive(Default)]
pub struct KbSynonymMutation;

#[Object]
impl KbSynonymMutation {
    /// Create or edit a synonym entry (`kb.edit`); audited; search uses it at once, no restart.
    async fn save_kb_synonym(
        &self,
        ctx: &Context<'_>,
        input: SaveKbSynonymInput,
    ) -> Result<KbSynonym> {
        let (a, m) = actor(ctx)?;
        let input = SynonymInput {
            id: parse_opt_id("id", &input.id).gql(ctx)?,
            expected_version: input.expected_version,
            kind: input.kind.into(),
            terms: input.terms,
            note: input.note,
        };
        services(ctx)
            .save_kb_synonym(a, m, input)
            .await
            .map(KbSynonym)
            .gql(ctx)
    }

    /// Delete a synonym entry (`kb.edit`); audited. Returns its id.
    async fn delete_kb_synonym(
        &self,
        ctx: &Context<'_>,
        input: DeleteKbSynonymInput,
    ) -> Result<ID> {
        let (a, m) = actor(ctx)?;
        let id = parse_id("id", &input.id).gql(ctx)?;
        services(ctx)
            .delete_kb_synonym(a, m, id, input.expected_version)
            .await
            .map(|id| ID(id.to_string()))
            .gql(ctx)
    }
}
