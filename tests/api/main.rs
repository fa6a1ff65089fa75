//! API tests over real HTTP: a real server on a random port with a fresh
//! database (SQLite in a temp dir, or a fresh PostgreSQL database when
//! `KESU_TEST_DATABASE_URL` is set).
mod alert_rates;
mod alerts;
mod announcements;
mod assignment;
mod audit_reads;
mod auth;
mod bad_input;
mod concurrency;
mod crash;
mod customer_history;
mod data_scope;
mod demo;
mod helpers;
mod http;
mod inline;
mod kb;
mod kb_lifecycle;
mod kb_paging;
mod lifecycle;
mod list_detail;
mod migrations;
mod notes;
mod org;
mod outbox;
mod permissions;
mod pii;
mod queue_search;
mod reasons;
mod relevance;
mod reports;
mod roles;
mod schema;
mod sessions;
mod similar;
mod uploads;
