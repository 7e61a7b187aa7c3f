//! Two catalogs with different enum names compile side by side in one crate.

mod system {
    win_errors::win_errors!("catalogs/seed.toml");
}

mod service {
    win_errors::win_errors!("catalogs/other.toml");
}

// The same catalog twice, in two modules, is two distinct types.
mod again {
    win_errors::win_errors!("catalogs/seed.toml");
}

use win_errors::ErrorCatalog;

fn names<E: ErrorCatalog>() -> Vec<&'static str> {
    E::ALL.iter().map(|e| e.name()).collect()
}

#[test]
fn both_catalogs_work_independently() {
    use service::ServiceError;
    use system::WinError;
    assert_eq!(
        ServiceError::from_code(0x8004_1001),
        Some(ServiceError::SvcEQueueFull)
    );
    assert_eq!(
        ServiceError::SvcEQueueFull.related(),
        [ServiceError::SvcERetryLater]
    );
    assert_eq!(
        format!("{:#}", ServiceError::SvcERetryLater),
        "SVC_E_RETRY_LATER (2147749890, 0x80041002): Retry later."
    );
    assert_eq!(ServiceError::from_code(1312), None);
    assert_eq!(
        WinError::from_code(1312),
        Some(WinError::NoSuchLogonSession)
    );
    assert_eq!(
        names::<ServiceError>(),
        ["SVC_E_QUEUE_FULL", "SVC_E_RETRY_LATER"]
    );
    assert_eq!(<ServiceError as ErrorCatalog>::TYPE_NAME, "ServiceError");
    assert_eq!(again::WinError::from_code(87).map(|e| e.code()), Some(87));
}
