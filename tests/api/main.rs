//! API tests over real HTTP: a real server on a random port with a fresh
//! database (SQLite in a temp dir, or a fresh PostgreSQL database when
//! `KESU_TEST_DATABASE_URL` is set).
mod announcements;
mod assignment;
mod auth;
mod bad_input;
mod concurrency;
mod crash;
mod customer_history;
mod demo;
mod helpers;
mod http;
mod inline;
mod kb;
mod kb_paging;
mod lifecycle;
mod migrations;
mod notes;
mod org;
mod permissions;
mod pii;
mod reasons;
mod relevance;
mod reports;
mod schema;
mod similar;
mod uploads;
