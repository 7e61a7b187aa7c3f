win_errors::win_errors!("invalid_utf8.toml");

fn main() {}
