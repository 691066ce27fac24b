//! Serve outlives panics. A bug in a rebuild (or in a library it calls: the Fluent
//! parser panics on some inputs) or in answering one request is caught where it
//! happens and reported like an error; the last good site stays served.
//!
//! Only `serve` catches panics: `build` and `check` are one-shot, and a crash there
//! with its backtrace is the most useful report.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

/// Longest panic message kept (some quote a whole input file).
const MAX_MESSAGE: usize = 300;

/// Runs `work`; a panic becomes `Err` with the first line of its message. The default
/// panic hook has printed the whole message (and a backtrace if asked) by then.
///
/// `work` is asserted unwind-safe: each caller says why what it shares stays usable.
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| message(payload.as_ref()))
}

fn message(payload: &(dyn Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic without a message");
    let line = text.lines().next().unwrap_or_default();
    match line.char_indices().nth(MAX_MESSAGE) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::catch;

    #[test]
    fn a_panic_becomes_its_first_line() {
        assert_eq!(catch(|| 7), Ok(7));
        let caught = catch(|| -> u8 { panic!("end byte index 9 is not a char boundary\nof `x`") });
        assert_eq!(
            caught,
            Err("end byte index 9 is not a char boundary".to_string())
        );
        let long = catch(|| -> u8 { panic!("{}", "é".repeat(400)) }).expect_err("panics");
        assert_eq!(long.chars().count(), 301);
    }
}
