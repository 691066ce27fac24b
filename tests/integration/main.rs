//! Integration tests: the real `federa` binary on fixture sites (see tests/README.md).

mod harness;
mod static_host;

mod browser;
mod calendar;
mod core_site;
mod events;
mod federation;
mod feeds;
mod hosting;
mod invalid;
mod scaffold;
mod serve;
mod sitemap;
