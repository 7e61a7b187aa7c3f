win_errors::win_errors!("bad_message_known.toml");

fn main() {
    // The catalog says some messages are not known: the fallback type's `message` is an
    // `Option` too, so this line adds no error of its own.
    let _: Option<&str> = WinError::from_code(4).and_then(WinError::message);
}
