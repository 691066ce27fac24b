//! Integration tests: the real `federa` binary on fixture sites (see tests/README.md).

mod harness;

mod core_site;
mod invalid;
mod scaffold;
mod serve;
