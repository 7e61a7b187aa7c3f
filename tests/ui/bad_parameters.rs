win_errors::win_errors!("bad_parameters.toml");

fn main() {
    // The fallback type has the parameters too.
    let _ = BugCheck::from_code(0x133).map(BugCheck::parameters);
}
