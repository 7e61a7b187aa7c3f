win_errors::win_errors!("no/such/catalog.toml");

fn main() {}
