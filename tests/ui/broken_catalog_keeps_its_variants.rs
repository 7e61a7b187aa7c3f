win_errors::win_errors!("broken_catalog_keeps_its_variants.toml");

fn describe(error: ServiceError) -> &'static str {
    // Every variant that was read, the broken entry's too; and the `_` arm the real type's
    // `non_exhaustive` asks for is no unreachable pattern.
    match error {
        ServiceError::SvcEQueueFull | ServiceError::SvcETimeout => "retry",
        ServiceError::SvcENotReady => "wait",
        _ => "other",
    }
}

fn main() {
    let _ = describe(ServiceError::SvcEQueueFull);
    let _ = ServiceError::from_code(0x8004_1003).map(describe);
}
