//! Media types of GraphQL over HTTP: which answer the client accepts, and
//! the status code that goes with a GraphQL response.
//!
//! A client that accepts `application/graphql-response+json` gets it, with
//! the spec's status codes: a request error (the document does not parse or
//! validate, so nothing ran) is a 400 without a `data` entry; a response
//! that executed is a 200, errors and all. A client that accepts only
//! `application/json` (or sends no `Accept`) gets the legacy behaviour: 200
//! for every well-formed request.
use actix_web::http::{header, StatusCode};
use actix_web::HttpRequest;

pub const GRAPHQL_RESPONSE: &str = "application/graphql-response+json; charset=utf-8";
pub const JSON: &str = "application/json; charset=utf-8";

/// The answer's media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    GraphqlResponse,
    Json,
}

impl Answer {
    pub fn content_type(self) -> &'static str {
        match self {
            Answer::GraphqlResponse => GRAPHQL_RESPONSE,
            Answer::Json => JSON,
        }
    }
}

/// The answer the `Accept` header asks for: the acceptable range with the
/// highest quality, the earlier one on a tie; `None` when nothing offered is
/// acceptable. No header means JSON, as the spec asks for legacy clients.
pub fn accepted(req: &HttpRequest) -> Option<Answer> {
    let Some(accept) = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
    else {
        return Some(Answer::Json);
    };
    negotiate(accept)
}

fn negotiate(accept: &str) -> Option<Answer> {
    if accept.trim().is_empty() {
        return Some(Answer::Json);
    }
    let mut best: Option<(f32, Answer)> = None;
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality <= 0.0 {
            continue;
        }
        let answer = match mime.as_str() {
            "application/graphql-response+json" => Answer::GraphqlResponse,
            "application/json" | "application/*" | "*/*" => Answer::Json,
            _ => continue,
        };
        if best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, answer));
        }
    }
    best.map(|(_, a)| a)
}

/// Whether a request body's declared charset (if any) is UTF-8, the only
/// one GraphQL over HTTP allows.
pub fn utf8_charset(content_type: &str) -> bool {
    content_type.split(';').skip(1).all(|param| {
        let mut kv = param.splitn(2, '=');
        let key = kv.next().unwrap_or("").trim();
        let value = kv.next().unwrap_or("").trim().trim_matches('"');
        !key.eq_ignore_ascii_case("charset") || value.eq_ignore_ascii_case("utf-8")
    })
}

/// A GraphQL response that never executed: no data, and only errors
/// without a path (parse and validation errors, limits).
pub fn is_request_error(response: &async_graphql::Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// The status and body of an executed (or refused) GraphQL response.
pub fn shape(answer: Answer, response: &async_graphql::Response) -> (StatusCode, Vec<u8>) {
    let mut body = serde_json::to_value(response).unwrap_or_else(|_| serde_json::json!({}));
    if answer == Answer::GraphqlResponse && is_request_error(response) {
        if let Some(o) = body.as_object_mut() {
            o.remove("data");
        }
        return (StatusCode::BAD_REQUEST, body.to_string().into_bytes());
    }
    (StatusCode::OK, body.to_string().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_acceptable_range_wins() {
        assert_eq!(negotiate(""), Some(Answer::Json));
        assert_eq!(
            negotiate("application/graphql-response+json, application/json"),
            Some(Answer::GraphqlResponse)
        );
        assert_eq!(
            negotiate("application/json, application/graphql-response+json"),
            Some(Answer::Json)
        );
        assert_eq!(
            negotiate("application/json;q=0.9, application/graphql-response+json"),
            Some(Answer::GraphqlResponse)
        );
        assert_eq!(negotiate("*/*"), Some(Answer::Json));
        assert_eq!(negotiate("text/html"), None);
        assert_eq!(
            negotiate("application/graphql-response+json;q=0"),
            None,
            "q=0 means not acceptable"
        );
    }

    #[test]
    fn only_utf8_is_an_acceptable_charset() {
        assert!(utf8_charset("application/json"));
        assert!(utf8_charset("application/json; charset=utf-8"));
        assert!(utf8_charset("application/json; charset=\"UTF-8\""));
        assert!(!utf8_charset("application/json; charset=utf-16"));
        assert!(!utf8_charset("application/json; charset=iso-8859-1"));
    }
}
