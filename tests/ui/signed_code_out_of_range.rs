win_errors::win_errors!("signed_code_out_of_range.toml");

fn main() {
    // The fallback type has the signed items too.
    let _ = JetError::from_signed_code(-1018);
}
