//! The GraphQL API: schema construction, per-request context, error mapping.
//! Resolvers are thin: actor from the context, input to a service call, view
//! to a GraphQL object.
pub mod admin;
pub mod alerts;
pub mod announcements;
pub mod approvals;
pub mod audit_chain;
pub mod audit_role;
pub mod auth;
pub mod calendars;
pub mod centre_memory;
pub mod complaint_inputs;
pub mod complaint_mutations;
pub mod complaint_parts;
pub mod complaints;
pub mod compliance;
pub mod customer;
pub mod customer_timeline;
pub mod enums;
pub mod kb;
pub mod kb_analytics;
pub mod kb_synonyms;
pub mod kpis;
mod limits;
pub mod load;
pub mod loaders;
pub mod major;
pub mod notifications;
pub mod org;
pub mod people;
pub mod privacy;
pub mod reports;
pub mod routing;
pub mod routing_types;
pub mod self_service;
pub mod sla;
pub mod sla_view;
pub mod types;

use crate::auth::{Actor, RequestMeta};
use crate::error::{AppError, ErrorCode};
use crate::service::Services;
use async_graphql::{Context, ErrorExtensions, MergedObject, MergedSubscription, Schema, ID};

#[derive(MergedObject, Default)]
pub struct Query(
    complaints::ComplaintQuery,
    admin::AdminQuery,
    auth::AuthQuery,
    kb::KbQuery,
    announcements::AnnouncementQuery,
    reports::ReportQuery,
    org::OrgQuery,
    sla::SlaQuery,
    notifications::NotificationQuery,
    calendars::CalendarQuery,
    alerts::AlertQuery,
    kb_synonyms::KbSynonymQuery,
    kb_analytics::KbAnalyticsQuery,
    centre_memory::CentreMemoryQuery,
    routing::RoutingQuery,
    self_service::SelfServiceQuery,
    approvals::ApprovalQuery,
    major::MajorQuery,
    kpis::KpiQuery,
    audit_chain::AuditChainQuery,
    compliance::ComplianceQuery,
    privacy::PrivacyQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    complaint_mutations::ComplaintMutation,
    admin::AdminMutation,
    auth::AuthMutation,
    kb::KbMutation,
    announcements::AnnouncementMutation,
    org::OrgMutation,
    sla::SlaMutation,
    notifications::NotificationMutation,
    calendars::CalendarMutation,
    alerts::AlertMutation,
    kb_synonyms::KbSynonymMutation,
    kb_analytics::KbAnalyticsMutation,
    routing::RoutingMutation,
    approvals::ApprovalMutation,
    major::MajorMutation,
    audit_chain::AuditChainMutation,
    compliance::ComplianceMutation,
    privacy::PrivacyMutation,
);

/// Live events, over WebSocket on `/graphql` (`graphql-transport-ws`).
#[derive(MergedSubscription, Default)]
pub struct Subscription(notifications::NotificationSubscription);

pub type KesuSchema = Schema<Query, Mutation, Subscription>;

/// How deeply an operation may nest fields (introspection included; staff
/// introspect through [`build_introspection_schema`]).
pub const MAX_DEPTH: usize = 10;
/// How many fields an operation may select, aliases and `__typename`
/// included (each counts one): a cap on alias floods.
pub const MAX_COMPLEXITY: usize = 1000;

pub fn build_schema(services: Option<Services>) -> KesuSchema {
    let mut b = Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_recursive_depth(32)
    .limit_directives(10)
    .extension(limits::SelectionCap(MAX_COMPLEXITY))
    // a refused field never names the ones that exist
    .disable_suggestions();
    if let Some(s) = services {
        b = b.data(s);
    }
    b.finish()
}

/// The same schema for introspection requests only, with room for the
/// standard introspection query's nesting; no resolver of ours runs in it.
pub fn build_introspection_schema() -> KesuSchema {
    Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .introspection_only()
    .limit_depth(32)
    .limit_complexity(MAX_COMPLEXITY * 4)
    .extension(limits::SelectionCap(MAX_COMPLEXITY * 4))
    .disable_suggestions()
    .finish()
}

/// The SDL that `schema.graphql` must equal.
pub fn sdl() -> String {
    build_schema(None).sdl()
}

/// What a request carries into resolvers.
pub struct RequestCtx {
    pub actor: Option<Actor>,
    pub meta: RequestMeta,
}

pub(crate) fn services<'a>(ctx: &Context<'a>) -> &'a Services {
    ctx.data_unchecked::<Services>()
}

pub(crate) fn req<'a>(ctx: &Context<'a>) -> &'a RequestCtx {
    ctx.data_unchecked::<RequestCtx>()
}

/// The authenticated actor, or UNAUTHENTICATED.
pub(crate) fn actor<'a>(
    ctx: &Context<'a>,
) -> Result<(&'a Actor, &'a RequestMeta), async_graphql::Error> {
    let r = req(ctx);
    match &r.actor {
        Some(a) => Ok((a, &r.meta)),
        None => Err(gql_error(AppError::unauthenticated(), &r.meta)),
    }
}

/// Map a service error to a GraphQL error with `extensions.code` and
/// `extensions.reason` (and `extensions.field` when known). Internal
/// causes are logged here, once, and never sent to the client.
pub(crate) fn gql_error(err: AppError, meta: &RequestMeta) -> async_graphql::Error {
    if err.code == ErrorCode::Internal {
        tracing::error!(request_id = %meta.request_id, cause = ?err.cause(), "internal error");
    }
    let code = err.code.as_str();
    let reason = err.reason.as_str();
    let field = err.field.clone();
    async_graphql::Error::new(err.message).extend_with(|_, e| {
        e.set("code", code);
        e.set("reason", reason);
        if let Some(f) = &field {
            e.set("field", f.as_str());
        }
    })
}

/// Extension trait: `service_call.await.gql(ctx)?`.
pub(crate) trait GqlResult<T> {
    fn gql(self, ctx: &Context<'_>) -> async_graphql::Result<T>;
}

impl<T> GqlResult<T> for Result<T, AppError> {
    fn gql(self, ctx: &Context<'_>) -> async_graphql::Result<T> {
        self.map_err(|e| gql_error(e, &req(ctx).meta))
    }
}

/// Parse a GraphQL `ID` as a database id.
pub(crate) fn parse_id(field: &str, id: &ID) -> Result<i64, AppError> {
    id.parse::<i64>()
        .ok()
        .filter(|v| *v > 0)
        .ok_or_else(|| AppError::bad_input(field, format!("{field} is not a valid id")))
}

pub(crate) fn parse_opt_id(field: &str, id: &Option<ID>) -> Result<Option<i64>, AppError> {
    id.as_ref().map(|i| parse_id(field, i)).transpose()
}

/// An optional id that may also be cleared: absent (`None`), `null`
/// (`Some(None)`) or a value.
pub(crate) fn parse_maybe_id(
    field: &str,
    v: &async_graphql::MaybeUndefined<ID>,
) -> Result<Option<Option<i64>>, AppError> {
    Ok(match v {
        async_graphql::MaybeUndefined::Undefined => None,
        async_graphql::MaybeUndefined::Null => Some(None),
        async_graphql::MaybeUndefined::Value(id) => Some(Some(parse_id(field, id)?)),
    })
}
