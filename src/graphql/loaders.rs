//! Per-request DataLoaders, so a list never issues a query per row. They are
//! built per request because some (repeat links) depend on the actor.
use super::types::{Attachment, Category, Complaint, ComplaintEvent, Customer, Team, User};
use crate::auth::Actor;
use crate::error::AppError;
use crate::service::complaints::Related;
use crate::service::Services;
use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use async_graphql::Context;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone)]
pub struct LoaderError(pub Arc<String>);

impl From<AppError> for LoaderError {
    fn from(e: AppError) -> Self {
        if let Some(cause) = e.cause() {
            tracing::error!(cause = %cause, "loader failed");
        }
        LoaderError(Arc::new(e.message))
    }
}

macro_rules! loader {
    ($name:ident, $out:ident, $method:ident) => {
        pub struct $name(pub Services);

        impl Loader<i64> for $name {
            type Value = $out;
            type Error = LoaderError;

            async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, $out>, LoaderError> {
                let rows = self.0.$method(keys).await?;
                Ok(rows.into_iter().map(|v| (v.id.0, $out(v))).collect())
            }
        }
    };
}

loader!(UserLoader, User, users_by_ids);
loader!(TeamLoader, Team, teams_by_ids);
loader!(CategoryLoader, Category, categories_by_ids);
loader!(CustomerLoader, Customer, customers_by_ids);

/// Role codes per user.
pub struct UserRolesLoader(pub Services);

impl Loader<i64> for UserRolesLoader {
    type Value = Vec<String>;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<String>>, LoaderError> {
        Ok(self.0.roles_of_users(keys).await?.into_iter().collect())
    }
}

/// Timelines by complaint id.
pub struct EventsLoader(pub Services);

impl Loader<i64> for EventsLoader {
    type Value = Vec<ComplaintEvent>;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<ComplaintEvent>>, LoaderError> {
        let mut out: HashMap<i64, Vec<ComplaintEvent>> = HashMap::new();
        for e in self.0.events_of(keys).await? {
            out.entry(e.complaint_id.0)
                .or_default()
                .push(ComplaintEvent(e));
        }
        Ok(out)
    }
}

/// Attachments by complaint id.
pub struct AttachmentsLoader(pub Services);

impl Loader<i64> for AttachmentsLoader {
    type Value = Vec<Attachment>;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<Attachment>>, LoaderError> {
        let mut out: HashMap<i64, Vec<Attachment>> = HashMap::new();
        for a in self.0.attachments_of(keys).await? {
            out.entry(a.complaint_id.0).or_default().push(Attachment(a));
        }
        Ok(out)
    }
}

/// Knowledge-base versions by id (the article that answered a call).
pub struct KbVersionLoader(pub Services);

impl Loader<i64> for KbVersionLoader {
    type Value = super::kb::KbVersion;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, super::kb::KbVersion>, LoaderError> {
        let rows = self.0.kb_versions_by_ids(keys).await?;
        Ok(rows
            .into_iter()
            .map(|v| (v.id, super::kb::KbVersion(v)))
            .collect())
    }
}

/// Complaints the actor may read (for `repeatOf`).
pub struct ReadableComplaintLoader(pub Services, pub Option<Actor>);

impl Loader<i64> for ReadableComplaintLoader {
    type Value = Complaint;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Complaint>, LoaderError> {
        let Some(actor) = &self.1 else {
            return Ok(HashMap::new());
        };
        let rows = self.0.readable_complaints_by_ids(actor, keys).await?;
        Ok(rows.into_iter().map(|v| (v.id.0, Complaint(v))).collect())
    }
}

/// Attach all loaders to a request. Users and customers keep a per-request
/// cache so that rows fetched together with complaints can be fed in.
pub fn attach(
    req: async_graphql::Request,
    s: &Services,
    actor: Option<Actor>,
) -> async_graphql::Request {
    let spawn = |f| {
        tokio::spawn(f);
    };
    req.data(DataLoader::with_cache(
        UserLoader(s.clone()),
        spawn,
        HashMapCache::default(),
    ))
    .data(DataLoader::new(TeamLoader(s.clone()), spawn))
    .data(DataLoader::new(CategoryLoader(s.clone()), spawn))
    .data(DataLoader::with_cache(
        CustomerLoader(s.clone()),
        spawn,
        HashMapCache::default(),
    ))
    .data(DataLoader::new(UserRolesLoader(s.clone()), spawn))
    .data(DataLoader::new(EventsLoader(s.clone()), spawn))
    .data(DataLoader::new(KbVersionLoader(s.clone()), spawn))
    .data(DataLoader::new(AttachmentsLoader(s.clone()), spawn))
    .data(DataLoader::new(
        super::announcements::AnnouncementLoader(s.clone()),
        spawn,
    ))
    .data(DataLoader::new(
        ReadableComplaintLoader(s.clone(), actor),
        spawn,
    ))
}

/// Feed customers and users that were fetched with complaints into this
/// request's loaders, so resolving them costs no further query.
pub async fn prime(ctx: &Context<'_>, related: Related) {
    if let Some(l) = ctx.data_opt::<DataLoader<CustomerLoader, HashMapCache>>() {
        l.feed_many(related.customers.into_iter().map(|c| (c.id.0, Customer(c))))
            .await;
    }
    if let Some(l) = ctx.data_opt::<DataLoader<UserLoader, HashMapCache>>() {
        l.feed_many(related.users.into_iter().map(|u| (u.id.0, User(u))))
            .await;
    }
}
