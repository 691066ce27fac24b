//! Integration tests: the real `federa` binary on fixture sites (see tests/README.md).

mod harness;
mod static_host;

mod browser;
mod calendar;
mod core_site;
mod escaping;
mod events;
mod federation;
mod feeds;
mod hostile_input;
mod hostile_text;
mod hosting;
mod import;
mod init_site;
mod invalid;
mod joining;
mod legal;
mod murmurations;
mod numbers;
mod output_safety;
mod people;
mod progress;
mod rebuild_atomicity;
mod scaffold;
mod serve;
mod serve_hardening;
mod serve_speed;
mod sitemap;
mod theme;
mod translating;
mod translating_numbers;
mod translating_order;
