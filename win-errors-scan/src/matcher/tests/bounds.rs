//! Where each rule's bounds fall: the first number a rule takes and the last it leaves, the
//! shapes beside a number that end it, and which of a line's words decides.

use super::*;

#[test]
fn a_hex_is_a_code_when_it_repeats_the_decimal_before_it_padded() {
    // `5 (0x00000005)` is a value written twice: a code without any word.
    assert_eq!(names("Result 5 (0x00000005)"), ["ERROR_ACCESS_DENIED"]);
    assert_eq!(names("Result -5 (0x00000005)"), ["ERROR_ACCESS_DENIED"]);
    for line in [
        // Not padded to eight digits, or past them.
        "Result 5 (0x0000005)",
        "Result 5 (0x000000005)",
        // Another number, part of a word, or not in brackets after a space.
        "Result 6 (0x00000005)",
        "Result 15 (0x00000005)",
        "Result x5 (0x00000005)",
        "Result 5(0x00000005)",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn sixteen_hex_digits_are_a_code_only_as_a_failure_sign_extended() {
    assert_eq!(
        names("error 0x00000000c0000005"),
        ["STATUS_ACCESS_VIOLATION"]
    );
    for line in [
        // Sign-extended but no failure, or a failure under an address's high half.
        "error 0x0000000000000005",
        "at 0x00007FF6C0000005",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn eight_bare_hex_digits_are_a_failure_and_no_part_of_a_version() {
    // A full stop ends the sentence; a dot before more of a version does not.
    assert_eq!(names("exit code 800703e9."), ["ERROR_STACK_OVERFLOW"]);
    for line in ["build 800703e9.1", "id 0000007e done", "id 4000001e done"] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn a_decimal_after_a_word_is_no_code_in_a_dotted_number_or_a_count() {
    for line in [
        "error 5 times",
        "error 2.5",
        "错误 5 times",
        "错误 2.5",
        "page number 5",
        "Passed: 10, Failed: 2",
        // A plain word that ends like one (`barcode`) is none, after `failed` too.
        "Scan failed: barcode 501",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    assert_eq!(names("error number 5"), ["ERROR_ACCESS_DENIED"]);
    // Eight digits after a word are hex: an HRESULT word takes only a failure, as hex.
    assert_eq!(names("hr 80004005"), ["E_FAIL"]);
}

#[test]
fn the_first_number_each_range_takes() {
    // Device Manager's problem codes are below 100: `(Code 100)` on a device line is an error.
    for line in [
        "This device cannot start. (Code 100)",
        "USB device 错误 100",
    ] {
        assert_eq!(names(line), ["ERROR_TOO_MANY_SEMAPHORES"], "{line}");
    }
    // Winsock's errors start at 10000 (WSABASEERR); `errno` below it is POSIX's.
    assert_eq!(names("errno 10000"), ["WSABASEERR"]);
    assert_eq!(names("errno 9999"), Vec::<&str>::new());
    // A process's own exit status is a byte; beyond one it is an NTSTATUS.
    for (line, expected) in [
        ("exit code 255", None),
        ("exit code 256", Some("STATUS_KERNEL_APC")),
        ("退出代码 255", None),
        ("退出代码 256", Some("STATUS_KERNEL_APC")),
    ] {
        assert_eq!(names(line), Vec::from_iter(expected), "{line}");
    }
}

#[test]
fn an_unsigned_ten_digit_number_alone_is_only_an_ntstatus_error() {
    assert_eq!(names("x 3221225477 y"), ["STATUS_ACCESS_VIOLATION"]);
    for line in [
        // 0xC0000BB8 is a PDH status; 0xD0000022 an HRESULT that carries an NTSTATUS.
        "x 3221228472 y",
        "x 3489660962 y",
        "x 3221225477.5",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn a_negative_ten_digit_number_joined_to_what_is_before_it_is_none() {
    assert_eq!(names("x -2147483645"), ["STATUS_BREAKPOINT"]);
    for line in ["x-2147483645", "x.-2147483645"] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn a_word_places_a_number_only_close_to_it() {
    // At most eight bytes of spaces and punctuation between them (`error = `, `() returned `).
    assert_eq!(
        names(&format!("error{}5", " ".repeat(8))),
        ["ERROR_ACCESS_DENIED"]
    );
    assert_eq!(
        names(&format!("error{}5", " ".repeat(9))),
        Vec::<&str>::new()
    );
}

#[test]
fn which_word_places_the_number() {
    // `ExitCode` is a process's exit status, a byte of its own; `error status` is no exit.
    assert_eq!(names("ExitCode=5"), Vec::<&str>::new());
    assert_eq!(names("ExitCode=259"), ["STATUS_PENDING"]);
    assert_eq!(names("error status 5"), ["ERROR_ACCESS_DENIED"]);
    // The word before `error code` names the space, not `error`.
    assert_eq!(
        cues("MCI error code: 277"),
        [("MCIERR_INTERNAL", Cue::Word)]
    );
    // A Win32 error by its word: `LastError`, `net helpmsg`, .NET's `Win32Exception`.
    for line in [
        "LastError=1312",
        "net helpmsg 1312",
        "Win32Exception (1312): x",
    ] {
        assert_eq!(
            cues(line),
            [("ERROR_NO_SUCH_LOGON_SESSION", Cue::Word)],
            "{line}"
        );
    }
    // HTTP's status codes and their kin are no Windows codes, as words or as a compound.
    for line in [
        "HTTP status code 200",
        "response code 500",
        "reason code 206",
        "StatusCode: 404",
        "statusCode=500",
        "status_code 503",
        "HttpStatusCode=429",
        "ResponseCode: 401",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    // Whatever word introduces it, a number of HTTP's errors beside its own reason phrase.
    for line in [
        "openai.NotFoundError: Error code: 404 - {'message': 'Resource not found'}",
        "Error 500: Internal Server Error",
        "Request failed with error 429 (Too Many Requests)",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    assert_eq!(
        names("error 404 Forbidden"),
        ["ERROR_CLOUD_FILE_PROVIDER_TERMINATED"]
    );
    // A word that only ends like one of them is none of them.
    assert_eq!(names("NativeErrorCode=5"), ["ERROR_ACCESS_DENIED"]);
}

#[test]
fn a_compound_in_one_case_reads_as_its_words() {
    // Python prints `returncode` and `exitcode`; others `errorcode`, `lasterror`, `winerror`.
    for (line, name) in [
        ("errorcode: 5", "ERROR_ACCESS_DENIED"),
        ("errcode=5", "ERROR_ACCESS_DENIED"),
        ("lasterror=1312", "ERROR_NO_SUCH_LOGON_SESSION"),
        ("winerror=5", "ERROR_ACCESS_DENIED"),
        ("nativeerrorcode 5", "ERROR_ACCESS_DENIED"),
        ("installer returncode 1603", "ERROR_INSTALL_FAILURE"),
        (
            "CompletedProcess(args=['a.exe'], returncode=3221225477)",
            "STATUS_ACCESS_VIOLATION",
        ),
        (
            "<Process name='Process-1' pid=42 stopped exitcode=-1073741819>",
            "STATUS_ACCESS_VIOLATION",
        ),
    ] {
        assert_eq!(names(line), [name], "{line}");
    }
    // As its words, an exit code is a process's own status below 256, and so is a return
    // code, however it is written (`if e.returncode == 127:` is a shell's "not found").
    for line in [
        "exitcode=5",
        "if e.returncode == 127:",
        "return code 2",
        "ReturnCode=5",
        "return_code: 1",
        "NativeExitCode=5",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    assert_eq!(names("ReturnCode:1603;"), ["ERROR_INSTALL_FAILURE"]);
    // A plain word that ends like a compound has no head of one.
    for line in [
        "opcode 5",
        "keycode 87",
        "stderr 2",
        "decode 5",
        "unicode 16",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn an_installers_message_number_needs_an_installer_line_and_a_full_stop() {
    assert_eq!(
        cues("MSI (s) (A4:B8): Product: X -- Error 1722. There is a problem"),
        [("1722", Cue::Line)]
    );
    for line in [
        "Connect failed: Error 1722.",
        "MSI (s) (A4:B8): Product: X -- Error 1722 There is a problem",
    ] {
        assert_eq!(names(line), ["RPC_S_SERVER_UNAVAILABLE"], "{line}");
    }
}

#[test]
fn on_a_bug_check_line_only_a_failure_or_a_bug_check_is_read() {
    assert_eq!(
        names("STOP: 0x0000007E after error 5"),
        ["SYSTEM_THREAD_EXCEPTION_NOT_HANDLED"]
    );
    assert_eq!(
        names("STOP: 0x0000007E after error 0x80070005"),
        ["SYSTEM_THREAD_EXCEPTION_NOT_HANDLED", "ERROR_ACCESS_DENIED"]
    );
}

#[test]
fn a_number_in_brackets_takes_only_a_message_near_it() {
    let message = "The specified service does not exist as an installed service.";
    let before = "step ".repeat(20);
    assert_eq!(
        names(&format!("{before}(1060) {message}")),
        ["ERROR_SERVICE_DOES_NOT_EXIST"]
    );
    // More than the window after the number.
    let far = "and ".repeat(65);
    assert_eq!(
        names(&format!("{before}(1060) {far}{message}")),
        Vec::<&str>::new()
    );
}

#[test]
fn a_word_and_its_number_are_joined_by_one_sign_or_two() {
    assert_eq!(names("error code:: 87"), ["ERROR_INVALID_PARAMETER"]);
    assert_eq!(names("error := 87"), ["ERROR_INVALID_PARAMETER"]);
    // pywin32's error: the Win32 error, the function, its message in any language.
    for (line, name) in [
        (
            "pywintypes.error: (5, 'OpenProcess', 'Access is denied.')",
            "ERROR_ACCESS_DENIED",
        ),
        (
            "pywintypes.error: (87, 'OpenProcess', '参数错误。')",
            "ERROR_INVALID_PARAMETER",
        ),
        (
            "win32api.error: (1314, 'AdjustTokenPrivileges', 'x')",
            "ERROR_PRIVILEGE_NOT_HELD",
        ),
    ] {
        assert_eq!(cues(line), [(name, Cue::Word)], "{line}");
    }
    // A program's own number in brackets after a colon, and a pull request's.
    for line in [
        "wazuh-agent: ERROR: (6613): Real time callback failed",
        "ResourceNotFoundError: (404) Resource not found",
        "Fix build error (#1603)",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}
