//! HTTP routes: `/graphql` (GraphQL over HTTP: POST JSON or multipart, GET for
//! queries; subscriptions over WebSocket, see `subscription.rs`), `/graphiql`, `/healthz`, `/readyz`, `/attachments/{id}`
//! (download), `/attachments/{id}/inline` (image thumbnails), and
//! the web console at `/` (see `console.rs`).
//!
//! Every response carries an `X-Request-Id`; every GraphQL error carries
//! `extensions.code`, including errors raised before execution (bad JSON,
//! oversized bodies, unknown content types, validation failures).
mod console;
mod documents;
mod graphql;
mod media;
mod status_page;
mod subscription;

use crate::auth::token::cookie_name;
use crate::auth::{Actor, RequestMeta};
use crate::error::{AppError, ErrorCode, Reason};
use crate::service::Services;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

pub use graphql::graphql_handler;

/// Largest JSON GraphQL request body.
pub const MAX_JSON_BODY: usize = 1024 * 1024;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/graphql",
        web::get()
            .guard(actix_web::guard::Header("upgrade", "websocket"))
            .to(subscription::graphql_ws),
    )
    .route("/graphql", web::post().to(graphql_handler))
    .route("/graphql", web::get().to(graphql_handler))
    .route("/graphql", web::route().to(method_not_allowed))
    .route("/graphiql", web::get().to(graphiql))
    .route("/healthz", web::get().to(healthz))
    .route("/readyz", web::get().to(readyz))
    .route("/attachments/{id}", web::get().to(download_attachment))
    .route("/attachments/{id}/inline", web::get().to(inline_attachment))
    .configure(status_page::routes)
    .route("/{tail:.*}", web::get().to(console::console))
    .route("/{tail:.*}", web::head().to(console::console));
}

async fn method_not_allowed() -> HttpResponse {
    error_response(
        actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
        Reason::InvalidInput,
        "GraphQL accepts GET (queries) and POST only",
    )
}

async fn graphiql() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(
            async_graphql::http::GraphiQLSource::build()
                .endpoint("/graphql")
                .title("Kesu GraphiQL")
                .finish(),
        )
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

async fn readyz(services: web::Data<Services>) -> HttpResponse {
    if services.ready().await {
        // ready either way; an operator sees whether search ranks with the
        // sentence encoder or by its lexical analysis alone
        let encoder = match services.search_encoder() {
            Some(e) => format!("sentence encoder: loaded from {}", e.dir().display()),
            None => {
                "sentence encoder: absent (lexical ranking only; scripts/fetch-model.sh fetches it)"
                    .to_string()
            }
        };
        HttpResponse::Ok()
            .content_type("text/plain")
            .body(format!("ready\n{encoder}\n"))
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable")
    }
}

async fn download_attachment(
    req: HttpRequest,
    path: web::Path<String>,
    services: web::Data<Services>,
) -> HttpResponse {
    let meta = request_meta(&req);
    let Ok(Some(actor)) = authenticate(&req, &services).await else {
        return app_error_response(AppError::unauthenticated(), &meta);
    };
    let Ok(id) = path.into_inner().parse::<i64>() else {
        return app_error_response(AppError::not_found("attachment"), &meta);
    };
    match services.attachment_for_download(&actor, &meta, id).await {
        Ok((att, file)) => match tokio::fs::read(&file).await {
            Ok(bytes) => HttpResponse::Ok()
                .content_type(att.content_type)
                .insert_header((
                    header::CONTENT_DISPOSITION,
                    header::ContentDisposition::attachment(att.filename),
                ))
                .insert_header((header::CACHE_CONTROL, "private, no-store"))
                .body(bytes),
            Err(err) => app_error_response(AppError::internal(err), &meta),
        },
        Err(err) => app_error_response(err, &meta),
    }
}

/// An image attachment shown inline (thumbnails). Only image types, by the
/// type sniffed at upload, never the client's claim; the service refuses
/// anything else with UNSUPPORTED_FILE_TYPE and audits the view (once per
/// complaint view, see `service` for how).
async fn inline_attachment(
    req: HttpRequest,
    path: web::Path<String>,
    services: web::Data<Services>,
) -> HttpResponse {
    let meta = request_meta(&req);
    let Ok(Some(actor)) = authenticate(&req, &services).await else {
        return app_error_response(AppError::unauthenticated(), &meta);
    };
    let Ok(id) = path.into_inner().parse::<i64>() else {
        return app_error_response(AppError::not_found("attachment"), &meta);
    };
    match services.attachment_for_inline(&actor, &meta, id).await {
        Ok((att, file)) => match tokio::fs::read(&file).await {
            Ok(bytes) => HttpResponse::Ok()
                .content_type(att.content_type)
                .insert_header((
                    header::CONTENT_DISPOSITION,
                    header::ContentDisposition {
                        // same (RFC 6266 encoded) file name as a download
                        disposition: header::DispositionType::Inline,
                        ..header::ContentDisposition::attachment(att.filename)
                    },
                ))
                .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .insert_header((header::CACHE_CONTROL, "private, no-store"))
                .body(bytes),
            Err(err) => {
                tracing::error!(error = %err, request_id = %meta.request_id, "attachment file missing");
                app_error_response(AppError::internal(err), &meta)
            }
        },
        Err(err) => app_error_response(err, &meta),
    }
}

/// A service error as an HTTP response outside GraphQL: the status follows
/// the code, the body has the same `extensions` as a GraphQL error.
pub(crate) fn app_error_response(err: AppError, meta: &RequestMeta) -> HttpResponse {
    use actix_web::http::StatusCode;
    let status = match err.code {
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::Unauthenticated => StatusCode::UNAUTHORIZED,
        ErrorCode::BadUserInput if err.reason == Reason::FileTooLarge => {
            StatusCode::PAYLOAD_TOO_LARGE
        }
        ErrorCode::BadUserInput if err.reason == Reason::UnsupportedFileType => {
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        }
        ErrorCode::BadUserInput => StatusCode::BAD_REQUEST,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        ErrorCode::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    };
    if err.code == ErrorCode::Internal {
        tracing::error!(cause = ?err.cause(), request_id = %meta.request_id, "request failed");
    }
    error_body(status, err.reason, &err.message, err.field.as_deref())
}

/// Request id (a sane client-supplied `X-Request-Id` or a fresh one) and peer address.
pub(crate) fn request_meta(req: &HttpRequest) -> RequestMeta {
    let request_id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "{:016x}{:016x}",
                rand::random::<u64>(),
                rand::random::<u64>()
            )
        });
    RequestMeta {
        ip: req.peer_addr().map(|a| a.ip().to_string()),
        request_id,
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect()),
        reads: Default::default(),
    }
}

/// The bearer token, else the session cookie.
pub(crate) fn presented_token(req: &HttpRequest, services: &Services) -> Option<String> {
    if let Some(v) = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        if let Some(t) = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
        {
            return Some(t.trim().to_string());
        }
    }
    req.cookie(cookie_name(services.config().cookie_secure))
        .map(|c| c.value().to_string())
}

pub(crate) async fn authenticate(
    req: &HttpRequest,
    services: &Services,
) -> Result<Option<Actor>, crate::error::AppError> {
    match presented_token(req, services) {
        // boxed: the lookup's future is several kilobytes, and held inline it
        // was copied with every future that contains it
        Some(t) => Box::pin(services.authenticate(&t)).await,
        None => Ok(None),
    }
}

/// A GraphQL-shaped error body for failures outside execution.
pub(crate) fn error_response(
    status: actix_web::http::StatusCode,
    reason: Reason,
    message: &str,
) -> HttpResponse {
    error_body(status, reason, message, None)
}

fn error_body(
    status: actix_web::http::StatusCode,
    reason: Reason,
    message: &str,
    field: Option<&str>,
) -> HttpResponse {
    let mut extensions = serde_json::json!({
        "code": reason.code().as_str(),
        "reason": reason.as_str(),
    });
    if let Some(f) = field {
        extensions["field"] = serde_json::json!(f);
    }
    HttpResponse::build(status)
        .content_type("application/json")
        .json(serde_json::json!({
            "errors": [{ "message": message, "extensions": extensions }]
        }))
}
