win_errors::win_errors!("message_file_errors.mc");

fn main() {
    // The stand-in type is named after the file and keeps the messages that were read.
    let _ = MessageFileErrors::AppDiskFull.code();
}
