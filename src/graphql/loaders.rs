//! Per-request DataLoaders, so a list never issues a query per row. They are
//! built per request because the complaint loaders depend on the actor and
//! the request (their reads are audited once per complaint per request).
//! The loaders of a complaint's timeline, attachments, customer and linked
//! complaint are keyed by the read policy's [`ReadToken`], not by bare ids:
//! a resolver can only reach them with a complaint the policy let through.
use crate::auth::policy::ReadToken;
use crate::auth::{Actor, RequestMeta};
use crate::domain::ids::ComplaintId;
use crate::error::AppError;
use crate::service::announcements::AnnouncementView;
use crate::service::complaints::views::ComplaintDetailView;
use crate::service::complaints::Related;
use crate::service::complaints::{AttachmentView, ComplaintView, EventView};
use crate::service::customers::views::CustomerView;
use crate::service::identity::views::UserView;
use crate::service::kb::VersionView;
use crate::service::org::views::{CategoryView, TeamView};
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
                Ok(rows.into_iter().map(|v| (v.id.0, v)).collect())
            }
        }
    };
}

loader!(UserLoader, UserView, users_by_ids);
loader!(TeamLoader, TeamView, teams_by_ids);
loader!(CategoryLoader, CategoryView, categories_by_ids);

/// Role codes per user.
pub struct UserRolesLoader(pub Services);

impl Loader<i64> for UserRolesLoader {
    type Value = Vec<String>;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<String>>, LoaderError> {
        Ok(self.0.roles_of_users(keys).await?.into_iter().collect())
    }
}

/// Each user's A/B roster: (absent, backup).
pub struct RosterLoader(pub Services);

impl Loader<i64> for RosterLoader {
    type Value = (bool, Option<i64>);
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, (bool, Option<i64>)>, LoaderError> {
        Ok(self.0.rosters_of_users(keys).await?.into_iter().collect())
    }
}

/// The caller and the request, for the loaders whose reads are audited.
#[derive(Clone)]
pub struct Caller {
    pub actor: Option<Actor>,
    pub meta: RequestMeta,
}

/// The masked customer of each readable complaint.
pub struct CustomerLoader(pub Services);

impl Loader<ReadToken> for CustomerLoader {
    type Value = CustomerView;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[ReadToken],
    ) -> Result<HashMap<ReadToken, CustomerView>, LoaderError> {
        let by_id: HashMap<i64, CustomerView> = self
            .0
            .customers_by_ids(keys)
            .await?
            .into_iter()
            .map(|c| (c.id.0, c))
            .collect();
        Ok(keys
            .iter()
            .filter_map(|k| by_id.get(&k.customer().0).map(|c| (k.clone(), c.clone())))
            .collect())
    }
}

/// Timelines of readable complaints (each an audited read).
pub struct EventsLoader(pub Services, pub Caller);

impl Loader<ReadToken> for EventsLoader {
    type Value = Vec<EventView>;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[ReadToken],
    ) -> Result<HashMap<ReadToken, Vec<EventView>>, LoaderError> {
        let Some(actor) = &self.1.actor else {
            return Ok(HashMap::new());
        };
        let mut by_id: HashMap<i64, Vec<EventView>> = HashMap::new();
        for e in self.0.events_of(actor, &self.1.meta, keys).await? {
            by_id.entry(e.complaint_id.0).or_default().push(e);
        }
        Ok(keys
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    by_id.remove(&k.complaint().0).unwrap_or_default(),
                )
            })
            .collect())
    }
}

/// The detail fields of complaints a list returned without them.
pub struct ComplaintDetailLoader(pub Services);

impl Loader<ReadToken> for ComplaintDetailLoader {
    type Value = Arc<ComplaintDetailView>;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[ReadToken],
    ) -> Result<HashMap<ReadToken, Arc<ComplaintDetailView>>, LoaderError> {
        Ok(self
            .0
            .complaint_details(keys)
            .await?
            .into_iter()
            .map(|(k, d)| (k, Arc::new(d)))
            .collect())
    }
}

/// The live SLA of readable complaints (no personal data: the read token
/// is the proof the caller may see the complaint).
pub struct SlaLoader(pub Services);

impl Loader<ReadToken> for SlaLoader {
    type Value = Option<crate::domain::sla::SlaView>;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[ReadToken],
    ) -> Result<HashMap<ReadToken, Option<crate::domain::sla::SlaView>>, LoaderError> {
        Ok(self.0.sla_of(keys).await?)
    }
}

/// Attachments of readable complaints (each an audited read).
pub struct AttachmentsLoader(pub Services, pub Caller);

impl Loader<ReadToken> for AttachmentsLoader {
    type Value = Vec<AttachmentView>;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[ReadToken],
    ) -> Result<HashMap<ReadToken, Vec<AttachmentView>>, LoaderError> {
        let Some(actor) = &self.1.actor else {
            return Ok(HashMap::new());
        };
        let mut by_id: HashMap<i64, Vec<AttachmentView>> = HashMap::new();
        for a in self.0.attachments_of(actor, &self.1.meta, keys).await? {
            by_id.entry(a.complaint_id.0).or_default().push(a);
        }
        Ok(keys
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    by_id.remove(&k.complaint().0).unwrap_or_default(),
                )
            })
            .collect())
    }
}

/// Knowledge-base versions by id (the article that answered a call).
pub struct KbVersionLoader(pub Services);

impl Loader<i64> for KbVersionLoader {
    type Value = VersionView;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, VersionView>, LoaderError> {
        let rows = self.0.kb_versions_by_ids(keys).await?;
        Ok(rows.into_iter().map(|v| (v.id, v)).collect())
    }
}

/// Announcements by id (`Complaint.announcement`). Announcements hold no
/// personal data and are readable by everyone who reads complaints.
pub struct AnnouncementLoader(pub Services);

impl Loader<i64> for AnnouncementLoader {
    type Value = AnnouncementView;
    type Error = LoaderError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, AnnouncementView>, LoaderError> {
        let rows = self.0.announcements_by_ids(keys).await?;
        Ok(rows.into_iter().map(|v| (v.id, v)).collect())
    }
}

/// The complaint a readable complaint repeats, if the actor may read it
/// too (an audited read).
pub struct ReadableComplaintLoader(pub Services, pub Caller);

impl Loader<(ReadToken, ComplaintId)> for ReadableComplaintLoader {
    type Value = ComplaintView;
    type Error = LoaderError;

    async fn load(
        &self,
        keys: &[(ReadToken, ComplaintId)],
    ) -> Result<HashMap<(ReadToken, ComplaintId), ComplaintView>, LoaderError> {
        let Some(actor) = &self.1.actor else {
            return Ok(HashMap::new());
        };
        let by_id: HashMap<i64, ComplaintView> = self
            .0
            .readable_complaints_by_ids(actor, &self.1.meta, keys)
            .await?
            .into_iter()
            .map(|v| (v.id.0, v))
            .collect();
        Ok(keys
            .iter()
            .filter_map(|k| by_id.get(&k.1 .0).map(|c| (k.clone(), c.clone())))
            .collect())
    }
}

/// Attach all loaders to a request. Users and customers keep a per-request
/// cache so that rows fetched together with complaints can be fed in.
pub fn attach(
    req: async_graphql::Request,
    s: &Services,
    actor: Option<Actor>,
    meta: &RequestMeta,
) -> async_graphql::Request {
    let caller = Caller {
        actor,
        meta: meta.clone(),
    };
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
    .data(DataLoader::new(RosterLoader(s.clone()), spawn))
    .data(DataLoader::new(
        EventsLoader(s.clone(), caller.clone()),
        spawn,
    ))
    .data(DataLoader::new(KbVersionLoader(s.clone()), spawn))
    .data(DataLoader::with_cache(
        ComplaintDetailLoader(s.clone()),
        spawn,
        HashMapCache::default(),
    ))
    .data(DataLoader::new(AnnouncementLoader(s.clone()), spawn))
    .data(DataLoader::new(SlaLoader(s.clone()), spawn))
    .data(DataLoader::new(
        AttachmentsLoader(s.clone(), caller.clone()),
        spawn,
    ))
    .data(DataLoader::new(
        ReadableComplaintLoader(s.clone(), caller),
        spawn,
    ))
}

/// Feed customers and users that were fetched with complaints into this
/// request's loaders, so resolving them costs no further query.
pub async fn prime<'a>(
    ctx: &Context<'_>,
    related: Related,
    read: impl IntoIterator<Item = &'a ReadToken>,
) {
    if let Some(l) = ctx.data_opt::<DataLoader<CustomerLoader, HashMapCache>>() {
        let by_id: HashMap<i64, CustomerView> =
            related.customers.into_iter().map(|c| (c.id.0, c)).collect();
        l.feed_many(
            read.into_iter()
                .filter_map(|t| by_id.get(&t.customer().0).map(|c| (t.clone(), c.clone()))),
        )
        .await;
    }
    if let Some(l) = ctx.data_opt::<DataLoader<UserLoader, HashMapCache>>() {
        l.feed_many(related.users.into_iter().map(|u| (u.id.0, u)))
            .await;
    }
}
