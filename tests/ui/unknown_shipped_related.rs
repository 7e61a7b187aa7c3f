win_errors::win_errors!("unknown_shipped_related.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = AppError::AppEProfileLocked.related();
}
