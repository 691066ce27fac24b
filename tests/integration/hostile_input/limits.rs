//! List limits, bounded diagnostics and numbers with a documented maximum.
