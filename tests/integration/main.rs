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
mod hostile_text;
mod hosting;
mod invalid;
mod output_safety;
mod progress;
mod rebuild_atomicity;
mod scaffold;
mod serve;
mod serve_hardening;
mod serve_speed;
mod sitemap;
