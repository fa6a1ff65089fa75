//! Times sealing and opening one customer field (issue 14 §3): what a
//! registration pays per field, and a list page per row it shows.
//!
//! `cargo run --release --example vault_bench [-- <iterations>]` (default 200,000)
use kesu::vault::{Field, Vault};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let vault = Vault::ephemeral();
    let phone = "13812345678";
    let sealed = vault.seal(Field::Phone, phone);
    let time = |what: &str, f: &mut dyn FnMut()| {
        for _ in 0..n / 10 {
            f();
        }
        let started = Instant::now();
        for _ in 0..n {
            f();
        }
        let ns = started.elapsed().as_nanos() as f64 / n as f64;
        println!("{what}: {ns:.0} ns");
    };
    time("seal a phone", &mut || {
        std::hint::black_box(vault.seal(Field::Phone, std::hint::black_box(phone)));
    });
    time("open a phone", &mut || {
        std::hint::black_box(
            vault
                .open(Field::Phone, std::hint::black_box(&sealed))
                .unwrap_or_default(),
        );
    });
    time("blind index of a phone", &mut || {
        std::hint::black_box(vault.blind_phone(std::hint::black_box(phone)));
    });
}
