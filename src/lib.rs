//! Kesu (客诉): a complaint-handling back office. See README.md for the
//! architecture; dependencies point one way:
//! `http → graphql → service → {domain, auth, db, audit}`.
pub mod audit;
pub mod auth;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod search;
pub mod service;
pub mod startup;
pub mod vault;
