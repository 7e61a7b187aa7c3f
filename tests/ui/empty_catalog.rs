win_errors::win_errors!("empty_catalog.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = Empty::from_code(1);
}
