//! GraphQL subscriptions over WebSocket on `/graphql` (`graphql-transport-ws`,
//! also the legacy `graphql-ws`). The connection is authenticated at
//! `connection_init` by `payload.token`, else by the session cookie (or
//! bearer header) of the upgrade request; without a live session the
//! connection is closed (close code 1002, reason `UNAUTHENTICATED`).
//! Each subscription re-confirms the session before every event.
use super::{presented_token, request_meta};
use crate::graphql::notifications::SessionToken;
use crate::graphql::{KesuSchema, RequestCtx};
use crate::service::Services;
use actix_web::{web, HttpRequest, HttpResponse};
use async_graphql::Data;
use async_graphql_actix_web::GraphQLSubscription;

pub async fn graphql_ws(
    req: HttpRequest,
    payload: web::Payload,
    schema: web::Data<KesuSchema>,
    services: web::Data<Services>,
) -> actix_web::Result<HttpResponse> {
    let meta = request_meta(&req);
    let upgrade_token = presented_token(&req, &services);
    let services = services.get_ref().clone();
    GraphQLSubscription::new(schema.get_ref().clone())
        .on_connection_init(move |init: serde_json::Value| async move {
            let token = init
                .get("token")
                .and_then(|t| t.as_str())
                .map(str::to_string)
                .or(upgrade_token);
            let actor = match &token {
                Some(t) => services.authenticate(t).await.map_err(|err| {
                    tracing::error!(cause = ?err.cause(), request_id = %meta.request_id, "websocket authentication failed");
                    async_graphql::Error::new("INTERNAL")
                })?,
                None => None,
            };
            let (Some(actor), Some(token)) = (actor, token) else {
                return Err(async_graphql::Error::new("UNAUTHENTICATED"));
            };
            let mut data = Data::default();
            data.insert(RequestCtx {
                actor: Some(actor),
                meta,
            });
            data.insert(SessionToken(token));
            Ok(data)
        })
        .start(&req, payload)
}
