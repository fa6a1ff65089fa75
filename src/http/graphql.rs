//! The `/graphql` endpoint.
use super::documents::Documents;
use super::media;
use super::{authenticate, error_response, request_meta, MAX_JSON_BODY};
use crate::error::{ErrorCode, Reason};
use crate::graphql::{loaders, KesuSchema, RequestCtx};
use crate::service::Services;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use async_graphql::http::MultipartOptions;
use async_graphql::parser::types::OperationType;
use futures_util::{FutureExt, StreamExt};
use std::sync::LazyLock;

/// Parsed documents by query text, for every server in the process (a parsed
/// document depends on the text alone).
static DOCUMENTS: LazyLock<Documents> = LazyLock::new(Documents::default);

/// The schema staff introspect with: introspection only, and deep enough
/// for the standard introspection query (whose type references nest deeper
/// than [`crate::graphql::MAX_DEPTH`] allows an operation).
static INTROSPECTION: LazyLock<KesuSchema> =
    LazyLock::new(crate::graphql::build_introspection_schema);

/// Whether every root field of the operation is `__schema`, `__type` or
/// `__typename`: an introspection request.
fn introspection_only(req: &async_graphql::Request) -> bool {
    if !req.query.contains("__schema") && !req.query.contains("__type") {
        return false;
    }
    let Some(doc) = DOCUMENTS
        .get(&req.query)
        .or_else(|| async_graphql::parser::parse_query(&req.query).ok())
    else {
        return false;
    };
    let chosen: Vec<_> = doc
        .operations
        .iter()
        .filter(|(name, _)| {
            req.operation_name.is_none()
                || name.map(|n| n.as_str()) == req.operation_name.as_deref()
        })
        .collect();
    !chosen.is_empty()
        && chosen.iter().all(|(_, op)| {
            op.node.ty == OperationType::Query
                && op.node.selection_set.node.items.iter().all(|item| {
                    matches!(&item.node, async_graphql::parser::types::Selection::Field(f)
                        if f.node.name.node.starts_with("__"))
                })
        })
}

/// Give the request its parsed document from the cache, when the text parses.
fn with_cached_document(mut req: async_graphql::Request) -> async_graphql::Request {
    if let Some(doc) = DOCUMENTS.get(&req.query) {
        req.set_parsed_query(doc);
    }
    req
}

enum Parsed {
    Ok(Box<async_graphql::Request>),
    Err(HttpResponse),
}

fn bad(status: StatusCode, message: &str) -> Parsed {
    Parsed::Err(error_response(status, Reason::InvalidInput, message))
}

/// Read the body up to `limit` bytes; beyond it, `too_large` is the reason
/// (FILE_TOO_LARGE for uploads, INVALID_INPUT for JSON).
async fn read_body(
    mut payload: web::Payload,
    limit: usize,
    too_large: Reason,
) -> Result<Vec<u8>, Parsed> {
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|_| bad(StatusCode::BAD_REQUEST, "could not read the request body"))?;
        if body.len() + chunk.len() > limit {
            return Err(Parsed::Err(error_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                too_large,
                &format!("request body is larger than {limit} bytes"),
            )));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

async fn parse(req: &HttpRequest, payload: web::Payload, services: &Services) -> Parsed {
    if req.method() == actix_web::http::Method::GET {
        let parsed = match async_graphql::http::parse_query_string(req.query_string()) {
            Ok(r) => r,
            Err(_) => {
                return bad(
                    StatusCode::BAD_REQUEST,
                    "invalid GraphQL GET request: pass ?query=…",
                )
            }
        };
        let mut parsed = parsed;
        let doc = DOCUMENTS
            .get(&parsed.query)
            .or_else(|| async_graphql::parser::parse_query(&parsed.query).ok());
        // GET may only read (GraphQL over HTTP): refuse mutations.
        if let Some(doc) = doc {
            let is_mutation = doc.operations.iter().any(|(name, op)| {
                op.node.ty == OperationType::Mutation
                    && (parsed.operation_name.is_none()
                        || name.map(|n| n.as_str()) == parsed.operation_name.as_deref())
            });
            if is_mutation {
                return Parsed::Err(
                    HttpResponse::MethodNotAllowed()
                        .insert_header((header::ALLOW, "POST"))
                        .json(serde_json::json!({"errors": [{
                            "message": "mutations must be sent with POST",
                            "extensions": {"code": "BAD_USER_INPUT", "reason": "INVALID_INPUT"}
                        }]})),
                );
            }
            parsed.set_parsed_query(doc);
        }
        return Parsed::Ok(Box::new(parsed));
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !media::utf8_charset(&content_type) {
        return bad(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "GraphQL requests must be encoded in UTF-8",
        );
    }
    match mime.as_str() {
        "application/json" => {
            let body = match read_body(payload, MAX_JSON_BODY, Reason::InvalidInput).await {
                Ok(b) => b,
                Err(e) => return e,
            };
            match serde_json::from_slice::<async_graphql::Request>(&body) {
                Ok(r) => Parsed::Ok(Box::new(with_cached_document(r))),
                Err(e) => bad(
                    StatusCode::BAD_REQUEST,
                    &format!("malformed GraphQL request JSON: {e}"),
                ),
            }
        }
        // a plain HTML form can post multipart across sites; a header it
        // cannot set makes the browser ask first (CORS preflight)
        "multipart/form-data" if !forces_preflight(req) => bad(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "multipart uploads need an Authorization or GraphQL-Require-Preflight header",
        ),
        "multipart/form-data" => {
            let max_file = services.config().max_upload_bytes;
            let body =
                match read_body(payload, max_file + MAX_JSON_BODY, Reason::FileTooLarge).await {
                    Ok(b) => b,
                    Err(e) => return e,
                };
            let opts = MultipartOptions::default()
                .max_file_size(max_file)
                .max_num_files(5);
            match async_graphql::http::receive_body(
                Some(content_type.as_str()),
                futures_util::io::Cursor::new(body),
                opts,
            )
            .await
            {
                Ok(r) => Parsed::Ok(Box::new(r)),
                Err(async_graphql::ParseRequestError::PayloadTooLarge) => {
                    Parsed::Err(error_response(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        Reason::FileTooLarge,
                        &format!("file is larger than {max_file} bytes"),
                    ))
                }
                Err(e) => bad(
                    StatusCode::BAD_REQUEST,
                    &format!("malformed multipart GraphQL request: {e}"),
                ),
            }
        }
        _ => bad(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send GraphQL as application/json (or multipart/form-data for uploads)",
        ),
    }
}

/// A header no cross-site form can send without a CORS preflight.
fn forces_preflight(req: &HttpRequest) -> bool {
    let h = req.headers();
    h.contains_key(header::AUTHORIZATION)
        || h.contains_key("graphql-require-preflight")
        || h.contains_key("apollo-require-preflight")
}

pub async fn graphql_handler(
    req: HttpRequest,
    payload: web::Payload,
    schema: web::Data<KesuSchema>,
    services: web::Data<Services>,
) -> HttpResponse {
    let meta = request_meta(&req);
    let request_id = meta.request_id.clone();
    let Some(answer) = media::accepted(&req) else {
        let mut r = error_response(
            StatusCode::NOT_ACCEPTABLE,
            Reason::InvalidInput,
            "accept application/graphql-response+json or application/json",
        );
        with_request_id(&mut r, &request_id);
        return r;
    };
    let mut resp = match parse(&req, payload, &services).await {
        Parsed::Err(mut r) => {
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static(answer.content_type()),
            );
            r
        }
        Parsed::Ok(gql_req) => {
            let actor = match authenticate(&req, &services).await {
                Ok(a) => a,
                Err(err) => {
                    tracing::error!(cause = ?err.cause(), request_id = %request_id, "authentication lookup failed");
                    return error_response(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        Reason::Internal,
                        "internal error",
                    );
                }
            };
            // staff may introspect (the schema is published); anonymous callers may not
            let staff_introspection = actor.is_some() && introspection_only(&gql_req);
            let mut gql_req = *gql_req;
            if actor.is_none() {
                gql_req = gql_req.disable_introspection();
            }
            let gql_req = loaders::attach(gql_req, &services, actor.clone(), &meta)
                .data(RequestCtx { actor, meta });
            let schema: &KesuSchema = if staff_introspection {
                &INTROSPECTION
            } else {
                &schema
            };
            // a bug in a resolver must not take the worker down with it
            let executed = std::panic::AssertUnwindSafe(Box::pin(schema.execute(gql_req)))
                .catch_unwind()
                .await;
            let Ok(mut response) = executed else {
                tracing::error!(request_id = %request_id, "panic while executing a GraphQL request");
                let mut r = error_response(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Reason::Internal,
                    "internal error",
                );
                if let Ok(v) = header::HeaderValue::from_str(&request_id) {
                    r.headers_mut()
                        .insert(header::HeaderName::from_static("x-request-id"), v);
                }
                return r;
            };
            for err in &mut response.errors {
                let has_code = err
                    .extensions
                    .as_ref()
                    .is_some_and(|e| e.get("code").is_some());
                if !has_code {
                    // parse and validation errors (wrong types, unknown enum values, limits)
                    let ext = err.extensions.get_or_insert_with(Default::default);
                    ext.set("code", ErrorCode::BadUserInput.as_str());
                    ext.set("reason", Reason::InvalidInput.as_str());
                }
            }
            let (status, body) = media::shape(answer, &response);
            let mut builder = HttpResponse::build(status);
            builder.content_type(answer.content_type());
            for (name, value) in response.http_headers.iter() {
                if let (Ok(n), Ok(v)) = (
                    header::HeaderName::from_bytes(name.as_str().as_bytes()),
                    header::HeaderValue::from_bytes(value.as_bytes()),
                ) {
                    builder.append_header((n, v));
                }
            }
            builder.body(body)
        }
    };
    with_request_id(&mut resp, &request_id);
    resp
}

fn with_request_id(resp: &mut HttpResponse, request_id: &str) {
    if let Ok(v) = header::HeaderValue::from_str(request_id) {
        resp.headers_mut()
            .insert(header::HeaderName::from_static("x-request-id"), v);
    }
}
