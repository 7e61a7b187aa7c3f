win_errors::win_errors!("reserved_variant.toml");

// Every item of the generated API, called on the fallback type the rejected catalog leaves:
// none of these calls may add an error to the catalog's own. `tests/tests/api.rs` checks that
// every item of `ITEMS` is called here.
fn every_item(entry: WinError) {
    let _: &str = WinError::TYPE_NAME;
    let _: &[WinError] = WinError::ALL;
    let _: usize = WinError::COUNT;
    let _: u32 = entry.code();
    let _: Option<u32> = entry.documented_code();
    let _: &str = entry.name();
    let _: Option<&str> = entry.caption();
    let _: &str = entry.message();
    let _ = entry.message_with(&[win_errors::Insert::Str("x")]).to_string();
    let _: Option<&str> = entry.description();
    let _: Option<&str> = entry.family();
    let _: Option<&str> = entry.meaning();
    let _: Option<&str> = entry.context();
    let _: win_errors::Texts = entry.remedies();
    let _: win_errors::Faq = entry.faq();
    let _: win_errors::Parameters = entry.parameters();
    let _: Option<&str> = entry.summary();
    let _: win_errors::Aliases = entry.aliases();
    let _: &[win_errors::Related<WinError>] = entry.related();
    let _: &[WinError] = entry.referenced_by();
    let _: Option<WinError> = WinError::from_code(1);
    let _: i32 = entry.signed_code();
    let _: Option<WinError> = WinError::from_signed_code(-1);
    let _: WinError = WinError::expect_code(1);
    let _: Option<WinError> = WinError::from_name("ERROR_A");
    let _: win_errors::Hresult = entry.to_hresult();
    let _: Option<WinError> = WinError::from_hresult(win_errors::Hresult(0x8007_0001));
    generic::<WinError>();
}

fn generic<E: win_errors::ErrorCatalog>() {
    let _ = (E::TYPE_NAME, E::ALL, E::COUNT, E::from_code(1), E::from_name("A"));
}

fn main() {
    let _ = every_item;
}
