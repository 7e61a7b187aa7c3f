//! Captions through the generated API and `ErrorCatalog`: the
//! title is apart from the message, and an entry without one has none.

use win_errors::ErrorCatalog;

win_errors::win_errors!("catalogs/caption.toml");

#[test]
fn a_caption_is_apart_from_its_message() {
    let guard = CaptionedStatus::from_code(0x8000_0001).unwrap();
    assert_eq!(guard.caption(), Some("EXCEPTION"));
    assert!(
        guard
            .message()
            .starts_with("Guard Page Exception\nA page of memory")
    );
    assert!(!guard.message().contains("EXCEPTION"));
    assert_eq!(ErrorCatalog::caption(guard), Some("EXCEPTION"));
    let access = CaptionedStatus::StatusAccessViolation;
    assert_eq!(access.caption(), None);
    assert_eq!(<CaptionedStatus as ErrorCatalog>::caption(access), None);
}

#[test]
fn the_shipped_catalogs_have_no_captions_yet() {
    assert!(
        win_errors::WinError::ALL
            .iter()
            .all(|e| e.caption().is_none())
    );
}
