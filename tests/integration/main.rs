//! Integration tests: the real `federa` binary on fixture sites (see tests/README.md).

mod harness;
mod hostile_text;

mod browser;
mod calendar;
mod core_site;
mod escaping;
mod events;
mod federation;
mod feeds;
mod invalid;
mod numbers;
mod output_safety;
mod scaffold;
mod serve;
mod sitemap;
mod theme;
