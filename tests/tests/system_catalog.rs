//! The shipped `win_errors::WinError`: every entry reachable every way, and cross-checked
//! against `windows-sys` (every item of it against its catalog file, as of every shipped
//! type, is in `every_catalog.rs`).

mod common;

use win_errors::{ErrorCatalog, WinError};

#[test]
fn every_entry_round_trips() {
    for &entry in WinError::ALL {
        assert_eq!(WinError::from_code(entry.code()), Some(entry));
        assert_eq!(WinError::try_from(entry.code()), Ok(entry));
        assert_eq!(WinError::from_name(entry.name()), Some(entry));
        assert_eq!(entry.name().parse::<WinError>(), Ok(entry));
        assert_eq!(
            format!("0x{:X}", entry.code()).parse::<WinError>(),
            Ok(entry)
        );
        assert_eq!(u32::from(entry), entry.code());
        for alias in entry.aliases() {
            assert_eq!(WinError::from_name(alias), Some(entry));
        }
        for related in entry.related() {
            let related = related
                .own()
                .expect("the shipped catalog relates to its own entries");
            assert!(related.referenced_by().contains(&entry));
        }
        assert_ne!(entry.message(), Some(""));
    }
    let codes: Vec<u32> = WinError::ALL.iter().map(|e| e.code()).collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "ALL is in code order"
    );
}

#[test]
fn codes_between_entries_are_misses() {
    // The ends of each gap, where an off-by-one would show: the gap below SetupAPI's
    // errors is 3.7 billion codes, which the release-mode exhaustive test covers whole.
    const EDGE: u32 = 4096;
    let mut previous = None;
    for &entry in WinError::ALL {
        if let Some(previous) = previous {
            let gap = previous + 1..entry.code();
            let low = gap.start..gap.end.min(gap.start.saturating_add(EDGE));
            let high = gap.end.saturating_sub(EDGE).max(low.end)..gap.end;
            for code in low.chain(high) {
                assert_eq!(WinError::from_code(code), None, "{code}");
            }
        }
        previous = Some(entry.code());
    }
    for code in [16_000, 0x8007_0005, u32::MAX] {
        assert_eq!(WinError::from_code(code), None);
    }
}

#[test]
fn the_seed_entry_relates_to_the_real_codes() {
    let seed = WinError::NoSuchLogonSession;
    assert_eq!(
        (seed.code(), seed.name()),
        (1312, "ERROR_NO_SUCH_LOGON_SESSION")
    );
    assert_eq!(
        seed.message(),
        Some("A specified logon session does not exist. It may already have been terminated.")
    );
    assert_eq!(
        seed.related(),
        [
            WinError::LogonSessionCollision,
            WinError::InvalidParameter,
            WinError::BadArguments
        ]
    );
    let codes: Vec<u32> = seed.related().iter().map(|e| e.code()).collect();
    assert_eq!(codes, [1366, 87, 160]);
    assert!(seed.description().is_some());
}

/// The errors developers meet most, which the catalog documents like a reference page.
const RICH: [WinError; 21] = [
    WinError::NoSuchLogonSession,
    WinError::FileNotFound,
    WinError::PathNotFound,
    WinError::AccessDenied,
    WinError::InvalidHandle,
    WinError::NotEnoughMemory,
    WinError::SharingViolation,
    WinError::NotSupported,
    WinError::FileExists,
    WinError::InvalidParameter,
    WinError::BrokenPipe,
    WinError::InsufficientBuffer,
    WinError::ModNotFound,
    WinError::ProcNotFound,
    WinError::AlreadyExists,
    WinError::MoreData,
    WinError::WaitTimeout,
    WinError::NoMoreItems,
    WinError::OperationAborted,
    WinError::IoPending,
    WinError::Timeout,
];

#[test]
fn the_common_errors_read_like_reference_pages() {
    for entry in RICH {
        let name = entry.name();
        assert!(entry.meaning().is_some(), "{name} has no meaning");
        assert!(entry.context().is_some(), "{name} has no context");
        assert!(entry.remedies().len() >= 2, "{name} has too few remedies");
        // The summary opens with the code, in decimal and hex.
        let summary = entry
            .summary()
            .unwrap_or_else(|| panic!("{name} has no summary"));
        let code = entry.code();
        assert!(
            summary.starts_with(&format!("{code} (0x{code:X}): ")),
            "{name}: {summary}"
        );
    }
    let rich = WinError::ALL
        .iter()
        .filter(|e| e.summary().is_some())
        .count();
    assert_eq!(rich, RICH.len(), "a rich entry is missing from RICH");
}

/// Every `NAME (N)`, `NAME is N` and `N (0xH)` in the sections names the real code: the
/// mistake of the page this project started from (related codes that belong to other
/// errors) cannot hide in our own prose.
#[test]
fn codes_quoted_in_the_sections_are_the_real_ones() {
    let mut checked = 0;
    for &entry in WinError::ALL {
        let texts = entry
            .meaning()
            .into_iter()
            .chain(entry.context())
            .chain(entry.remedies())
            .chain(entry.faq().flat_map(|f| [f.question, f.answer]))
            .chain(entry.summary());
        for text in texts {
            checked += quoted_codes_agree(entry, text);
        }
    }
    assert!(checked >= 20, "only {checked} quoted codes checked");
}

/// Checks the codes quoted in `text` (of `entry`); returns how many it checked.
fn quoted_codes_agree(entry: WinError, text: &str) -> usize {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    // The number at the start of `tail` after `prefix`: hex after `0x`, else decimal.
    let number_after = |tail: &str, prefix: &str| {
        let tail = tail.strip_prefix(prefix)?;
        let word = &tail[..tail.find(|c: char| !is_word(c)).unwrap_or(tail.len())];
        match word.strip_prefix("0x") {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => word.parse::<u32>().ok(),
        }
    };
    let mut checked = 0;
    let mut rest = text;
    while let Some(start) = rest.find(is_word) {
        rest = &rest[start..];
        let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        rest = after;
        let name = entry.name();
        if let Some(named) = WinError::from_name(word) {
            // `NAME (N` or `NAME is N`.
            let quoted = number_after(after, " (").or_else(|| number_after(after, " is "));
            if let Some(quoted) = quoted {
                assert_eq!(quoted, named.code(), "{name}: {word} in {text}");
                checked += 1;
            }
        } else if let Ok(decimal) = word.parse::<u32>() {
            // `N (0xH`: the two forms agree.
            if let Some(hex) = number_after(after, " (") {
                assert_eq!(decimal, hex, "{name}: {word} in {text}");
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn documented_irregularities_are_kept() {
    assert_eq!(
        WinError::IteratedDataExceeds64k.name(),
        "ERROR_ITERATED_DATA_EXCEEDS_64k"
    );
    assert_eq!(WinError::IteratedDataExceeds64k.code(), 194);
    assert_eq!(
        WinError::from_name("ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS"),
        Some(WinError::ClusterNodeDrainInProgress)
    );
    assert_eq!(
        WinError::ClusterNodeDrainInProgress.message(),
        Some("A node drain is already in progress.")
    );
    assert_eq!(
        WinError::from_code(12000),
        None,
        "WinINet range rows are not codes"
    );
    assert!(WinError::WrongDisk.message().unwrap().contains("%2"));
}

#[test]
fn windows_sys_constants_agree_by_value() {
    use windows_sys::Win32::Foundation as foundation;
    assert_eq!(
        WinError::NoSuchLogonSession.code(),
        foundation::ERROR_NO_SUCH_LOGON_SESSION
    );
    assert_eq!(
        WinError::AccessDenied.code(),
        foundation::ERROR_ACCESS_DENIED
    );
    assert_eq!(WinError::WaitTimeout.code(), foundation::WAIT_TIMEOUT);

    let constants = windows_sys_foundation_constants();
    assert!(constants.len() > 2000, "read {} constants", constants.len());
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for (name, value) in &constants {
        if let Some(entry) = WinError::from_name(name) {
            compared += 1;
            if entry.code() != *value {
                mismatches.push(format!("{name}: ours {} windows-sys {value}", entry.code()));
            }
        }
    }
    let only_ours: Vec<&str> = WinError::ALL
        .iter()
        .map(|e| e.name())
        .filter(|n| n.starts_with("ERROR_") || n.starts_with("WAIT_"))
        .filter(|n| !constants.iter().any(|(c, _)| c == n))
        .collect();
    let only_theirs = constants
        .iter()
        .filter(|(n, _)| WinError::from_name(n).is_none())
        .count();
    println!(
        "windows-sys cross-check: {compared} names compared, {} disagree; {} of our ERROR_*/WAIT_* names not \
         in windows-sys Win32_Foundation (first: {:?}); {only_theirs} ERROR_*/WAIT_* constants of \
         windows-sys not in our catalog",
        mismatches.len(),
        only_ours.len(),
        &only_ours[..only_ours.len().min(5)],
    );
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    assert!(compared > 2300, "only {compared} names compared");
}

/// `ERROR_*` and `WAIT_*` constants of windows-sys's `Win32::Foundation`.
fn windows_sys_foundation_constants() -> Vec<(String, u32)> {
    common::windows_sys_foundation_source()
        .lines()
        .filter(|line| line.starts_with("pub const ERROR_") || line.starts_with("pub const WAIT_"))
        .filter_map(xtask::windows_sys::integer_constant)
        .collect()
}

#[test]
fn generic_code_sees_the_shipped_catalog() {
    fn count<E: ErrorCatalog>() -> usize {
        E::ALL.len()
    }
    assert_eq!(count::<WinError>(), WinError::COUNT);
    assert_eq!(<WinError as ErrorCatalog>::TYPE_NAME, "WinError");
}

#[test]
fn message_inserts_are_filled_in() {
    let args = ["A:".into(), "DISK1".into(), 0x1234_ABCDu32.into()];
    assert_eq!(
        WinError::WrongDisk
            .message_with(&args)
            .map(|m| m.to_string())
            .as_deref(),
        Some(
            "The wrong diskette is in the drive. Insert DISK1 (Volume Serial Number: 305441741) into drive A:."
        )
    );
    // Through the trait, and with a missing argument left visible.
    let generic = <WinError as ErrorCatalog>::message_with(WinError::WrongDisk, &args[..1]);
    assert!(
        generic
            .expect("ERROR_WRONG_DISK has a message")
            .to_string()
            .contains("Insert %2 (Volume Serial Number: %3) into drive A:.")
    );
}
