//! Builds the web console (`frontend/`, React + Vite) into `frontend/dist`
//! whenever the kesu package is built and the console's sources changed, so
//! that `cargo run --release -- serve --demo` on a fresh clone serves it.
//!
//! Without npm the build goes on with a warning and the server explains at `/`
//! how to build the console. `KESU_SKIP_CONSOLE_BUILD=1` skips this step (CI
//! builds the console itself; console developers use Vite's dev server).
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=KESU_SKIP_CONSOLE_BUILD");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let fe = root.join("frontend");
    if !fe.join("package.json").is_file() {
        return;
    }
    for p in [
        "package.json",
        "package-lock.json",
        "index.html",
        "vite.config.ts",
        "tsconfig.json",
        "src",
        "public",
    ] {
        println!("cargo:rerun-if-changed=frontend/{p}");
    }
    if std::env::var("KESU_SKIP_CONSOLE_BUILD").is_ok_and(|v| !v.is_empty() && v != "0") {
        return;
    }
    if Command::new("npm").arg("--version").output().is_err() {
        println!(
            "cargo:warning=npm not found: the web console was not built. Install Node.js 20+ \
             and npm (Debian: apt-get install nodejs npm) and build again; until then the \
             server explains this at /."
        );
        return;
    }
    if needs_install(&fe) {
        run(&fe, &["ci", "--no-audit", "--no-fund"]);
    }
    run(&fe, &["run", "build"]);
}

/// `npm ci` when node_modules is missing or older than the lock file.
fn needs_install(fe: &Path) -> bool {
    let installed = fe.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified(&installed),
        modified(&fe.join("package-lock.json")),
    ) {
        (Some(i), Some(l)) => i < l,
        _ => true,
    }
}

fn run(dir: &Path, args: &[&str]) {
    let status = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|e| panic!("npm {}: {e}", args.join(" ")));
    if !status.success() {
        panic!(
            "building the web console failed: `npm {}` in frontend/ exited with {status}",
            args.join(" ")
        );
    }
}
