win_errors::win_errors!("../catalogs/seed.toml");

// A code that is not in the catalog fails the build when checked in a const item.
const ACCESS_DENIED: WinError = WinError::expect_code(5);

fn main() {
    let _ = ACCESS_DENIED;
}
