//! The diagnostics accumulator shared by parsing and validation.

use core::ops::Range;

use std::cell::OnceCell;

use crate::diagnostic::{Diagnostic, SourceMap};

/// Collects diagnostics about one catalog source, so that every problem is reported at once.
pub(crate) struct Reporter<'s> {
    source: &'s str,
    /// Built on the first message that names a line: catalogs without such problems never
    /// pay for it, and catalogs with thousands of them index their lines once.
    lines: OnceCell<SourceMap<'s>>,
    diagnostics: Vec<Diagnostic>,
}

impl<'s> Reporter<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        Reporter {
            source,
            lines: OnceCell::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Records a problem at `span`.
    pub(crate) fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::at(span, message));
    }

    /// Records a problem with the catalog as a whole.
    pub(crate) fn error_whole(&mut self, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::whole(message));
    }

    /// The 1-based line of a byte offset, for messages that name an earlier place.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.position(offset).line
    }

    /// The line and column of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> crate::diagnostic::Position {
        self.lines
            .get_or_init(|| SourceMap::new(self.source))
            .position(offset)
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.diagnostics.is_empty()
    }

    /// The diagnostics in source order (whole-catalog ones first).
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        self.diagnostics
            .sort_by_key(|d| d.span.as_ref().map(|s| (s.start, s.end)));
        self.diagnostics
    }
}
