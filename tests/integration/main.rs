//! Integration tests: the real `federa` binary on fixture sites (see tests/README.md).

mod harness;

mod browser;
mod calendar;
mod core_site;
mod events;
mod federation;
mod feeds;
mod hostile_input;
mod invalid;
mod scaffold;
mod serve;
mod sitemap;
