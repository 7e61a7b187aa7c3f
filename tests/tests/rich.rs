//! Reference sections through the generated API and `ErrorCatalog`: present, partial and
//! absent, in catalog order, Markdown kept as written.

use win_errors::{ErrorCatalog, FaqEntry};

win_errors::win_errors!("catalogs/rich.toml");

#[test]
fn every_section_of_a_rich_entry_is_returned_as_written() {
    let quota = RichError::SvcEQuota;
    assert_eq!(
        quota.meaning(),
        Some("The caller used up its quota of *requests* for the current period.")
    );
    assert_eq!(
        quota.context(),
        Some(
            "Returned by `submit` when the period's count is reached.\n\nBatch jobs meet it first."
        )
    );
    assert_eq!(
        quota.remedies().collect::<Vec<_>>(),
        [
            "Wait for the period to end; `SVC_E_RETRY_LATER` tells how long.",
            "Ask for a larger quota:\n- in the portal, or\n- by mail.",
        ]
    );
    assert_eq!(
        quota.faq().collect::<Vec<_>>(),
        [
            FaqEntry {
                question: "Does a failed request count?",
                answer: "No: only accepted requests count."
            },
            FaqEntry {
                question: "Is the quota per user?",
                answer: "It is per **account**."
            },
        ]
    );
    assert_eq!(quota.summary(), Some("Too many requests this period."));
}

#[test]
fn partial_and_plain_entries_have_nothing_where_the_catalog_has_nothing() {
    let retry = RichError::SvcERetryLater;
    assert_eq!(
        (retry.meaning(), retry.context(), retry.summary()),
        (None, None, None)
    );
    assert_eq!(
        retry.remedies().collect::<Vec<_>>(),
        ["Retry after the delay the reply gives."]
    );
    assert!(retry.faq().is_empty());
    let plain = RichError::SvcEPlain;
    assert_eq!(
        (plain.meaning(), plain.context(), plain.summary()),
        (None, None, None)
    );
    assert_eq!((plain.remedies().len(), plain.faq().len()), (0, 0));
}

#[test]
fn sections_are_const_and_reachable_through_the_trait() {
    const SUMMARY: Option<&str> = RichError::SvcEQuota.summary();
    const SECOND_REMEDY: Option<&str> = RichError::SvcEQuota.remedies().get(1);
    assert_eq!(SUMMARY, Some("Too many requests this period."));
    assert_eq!(
        SECOND_REMEDY,
        Some("Ask for a larger quota:\n- in the portal, or\n- by mail.")
    );
    fn sections<E: ErrorCatalog>(entry: E) -> (Option<&'static str>, usize, usize) {
        (entry.meaning(), entry.remedies().len(), entry.faq().len())
    }
    assert_eq!(
        sections(RichError::SvcEQuota),
        (RichError::SvcEQuota.meaning(), 2, 2)
    );
    assert_eq!(sections(RichError::SvcEPlain), (None, 0, 0));
    assert_eq!(
        RichError::SvcEQuota
            .faq()
            .next_back()
            .map(|item| item.question),
        Some("Is the quota per user?")
    );
}
