//! The public status page (`/status`): a customer checks their complaint
//! with its number and the last four digits of their phone. One small page,
//! no login and no framework, so it opens fast on a phone; it asks the
//! public `complaintStatus` query. Its files are built into the binary.
use actix_web::http::header;
use actix_web::{web, HttpResponse};

const PAGE: &str = include_str!("status_page/index.html");
const SCRIPT: &str = include_str!("status_page/status.js");
const STYLE: &str = include_str!("status_page/status.css");
const ICON: &str = include_str!("status_page/icon.svg");

/// Only this origin's script, style and GraphQL endpoint; nothing inline.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; \
    frame-ancestors 'none'";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/status", web::get().to(page))
        .route("/status/status.js", web::get().to(script))
        .route("/status/status.css", web::get().to(style))
        .route("/status/icon.svg", web::get().to(icon));
}

fn file(content_type: &str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CONTENT_SECURITY_POLICY, POLICY))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .body(body)
}

async fn page() -> HttpResponse {
    file("text/html; charset=utf-8", PAGE)
}

async fn script() -> HttpResponse {
    file("text/javascript; charset=utf-8", SCRIPT)
}

async fn style() -> HttpResponse {
    file("text/css; charset=utf-8", STYLE)
}

async fn icon() -> HttpResponse {
    file("image/svg+xml", ICON)
}
