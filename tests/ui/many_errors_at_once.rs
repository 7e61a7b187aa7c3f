win_errors::win_errors!("many_errors_at_once.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = Errors::from_code(1);
}
