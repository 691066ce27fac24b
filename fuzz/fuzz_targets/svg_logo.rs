//! An SVG logo: the safety check must accept or refuse any bytes without panicking.
#![no_main]

use federa::content::svg;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if svg::looks_like_svg(bytes) {
        let _ = svg::check(bytes);
    }
});
