//! Text that cannot be published: control characters, URLs, escapes, duplicates.
