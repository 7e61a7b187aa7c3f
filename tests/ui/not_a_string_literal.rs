win_errors::win_errors!(catalog.toml);

fn main() {}
