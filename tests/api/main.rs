//! API tests over real HTTP: a real server on a random port with a fresh
//! database (SQLite in a temp dir, or a fresh PostgreSQL database when
//! `KESU_TEST_DATABASE_URL` is set).
mod auth;
mod bad_input;
mod concurrency;
mod crash;
mod demo;
mod helpers;
mod http;
mod kb;
mod lifecycle;
mod migrations;
mod outbox;
mod permissions;
mod pii;
mod queue_search;
mod relevance;
mod reports;
mod schema;
mod similar;
mod uploads;
