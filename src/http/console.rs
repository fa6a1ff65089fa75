//! The web console (`frontend/`, built by Vite into `frontend/dist`) served at
//! `/`: static files, long-lived caching for content-hashed assets, and the
//! single-page-app fallback to `index.html` for client-side routes.
use crate::service::Services;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use std::path::{Component, Path, PathBuf};

/// Served when the console has not been built, instead of a broken page.
const NOT_BUILT: &str = r#"<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<title>Kesu 控制台尚未构建</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.6">
<h1>控制台尚未构建 · The console has not been built</h1>
<p>The Kesu API is running (<a href="/graphiql">GraphiQL</a>), but the web console
was not found in <code>{dir}</code>.</p>
<p>Building it needs Node.js 20 or newer with npm. Install them (Debian:
<code>apt-get install nodejs npm</code>), then run
<code>cargo build --release</code> again (the build compiles the console), or build it by hand:
<code>npm --prefix frontend ci &amp;&amp; npm --prefix frontend run build</code>.
Set <code>KESU_CONSOLE_DIR</code> to serve a console built elsewhere.</p>
</body></html>"#;

/// The console's content security policy: scripts only from this origin
/// (no inline scripts, no `eval`); inline styles allowed, since Ant Design
/// writes its styles at run time; never framed by another site.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; \
     connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; \
     form-action 'self'; frame-ancestors 'none'";

/// Route for everything no other route matched.
pub async fn console(req: HttpRequest, services: web::Data<Services>) -> HttpResponse {
    let mut resp = console_file(req, services).await;
    resp.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    resp
}

async fn console_file(req: HttpRequest, services: web::Data<Services>) -> HttpResponse {
    let dir = services.config().effective_console_dir();
    let tail = req.match_info().query("tail");
    let Some(rel) = safe_relative(tail) else {
        return HttpResponse::NotFound().finish();
    };
    let candidate = dir.join(&rel);
    if !rel.as_os_str().is_empty() {
        if let Some(resp) = serve_file(&candidate, cache_policy(&rel)).await {
            return resp;
        }
        // a missing file with an extension is a missing asset, not a page
        if rel.extension().is_some() {
            return HttpResponse::NotFound().finish();
        }
    }
    match serve_file(&dir.join("index.html"), "no-cache").await {
        Some(resp) => resp,
        None => HttpResponse::ServiceUnavailable()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(NOT_BUILT.replace("{dir}", &html_escape(&dir.display().to_string()))),
    }
}

/// The request path as a relative path inside the console directory, or
/// `None` when it tries to leave it.
fn safe_relative(tail: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in Path::new(tail.trim_start_matches('/')).components() {
        match c {
            Component::Normal(part) => {
                let s = part.to_str()?;
                if s.contains('\\') || s.contains('\0') {
                    return None;
                }
                out.push(part);
            }
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Vite names everything under `assets/` by content hash: cache it forever.
fn cache_policy(rel: &Path) -> &'static str {
    if rel.starts_with("assets") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

async fn serve_file(path: &Path, cache: &'static str) -> Option<HttpResponse> {
    let owned = path.to_path_buf();
    let bytes = web::block(move || {
        if owned.is_file() {
            std::fs::read(&owned).ok()
        } else {
            None
        }
    })
    .await
    .ok()??;
    Some(
        HttpResponse::Ok()
            .content_type(content_type(path))
            .insert_header((header::CACHE_CONTROL, cache))
            .body(bytes),
    )
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_console_directory() {
        assert_eq!(safe_relative(""), Some(PathBuf::new()));
        assert_eq!(
            safe_relative("assets/index-1a2b.js"),
            Some(PathBuf::from("assets/index-1a2b.js"))
        );
        assert_eq!(safe_relative("../secret"), None);
        assert_eq!(safe_relative("assets/../../etc/passwd"), None);
        assert_eq!(safe_relative("a\\..\\b"), None);
        assert_eq!(
            safe_relative("/etc/passwd"),
            Some(PathBuf::from("etc/passwd"))
        );
    }

    #[test]
    fn hashed_assets_are_immutable_pages_revalidate() {
        assert!(cache_policy(Path::new("assets/x-1.js")).contains("immutable"));
        assert_eq!(cache_policy(Path::new("index.html")), "no-cache");
        assert_eq!(cache_policy(Path::new("favicon.svg")), "no-cache");
    }
}
