//! The matcher on the shapes of real logs, and on what must stay quiet.

use super::*;

mod bounds;
mod findings;

fn names(line: &str) -> Vec<&'static str> {
    Matcher::new()
        .findings(line.as_bytes())
        .map(|f| f.entry.name())
        .collect()
}

/// Each finding's entry and what placed it in its space.
fn cues(line: &str) -> Vec<(&'static str, Cue)> {
    Matcher::new()
        .findings(line.as_bytes())
        .map(|f| (f.entry.name(), f.cue))
        .collect()
}

#[test]
fn every_shape_of_the_issue() {
    for (line, expected) in [
        ("exit code: 0xc0000005", "STATUS_ACCESS_VIOLATION"),
        (
            "Process exited with code -1073741515",
            "STATUS_DLL_NOT_FOUND",
        ),
        (
            "Os { code: 5, kind: PermissionDenied, .. }",
            "ERROR_ACCESS_DENIED",
        ),
        ("Access is denied. (os error 5)", "ERROR_ACCESS_DENIED"),
        ("HRESULT(0x80070002)", "ERROR_FILE_NOT_FOUND"),
        ("hr = 0x80004005", "E_FAIL"),
        ("status c0000135", "STATUS_DLL_NOT_FOUND"),
        ("NT_STATUS_LOGON_FAILURE", "STATUS_LOGON_FAILURE"),
        (
            "GetLastError() returned 1312",
            "ERROR_NO_SUCH_LOGON_SESSION",
        ),
        ("failed with error 126", "ERROR_MOD_NOT_FOUND"),
        ("WSAGetLastError: 10060", "WSAETIMEDOUT"),
        ("Exception code: 0xc0000374", "STATUS_HEAP_CORRUPTION"),
        (
            "the call gave ERROR_ACCESS_DENIED here",
            "ERROR_ACCESS_DENIED",
        ),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
}

#[test]
fn a_word_naming_a_space_reads_the_number_in_it() {
    for (line, expected) in [
        (
            "RAS error 691 while dialing",
            "ERROR_AUTHENTICATION_FAILURE",
        ),
        ("VPN error 691", "ERROR_AUTHENTICATION_FAILURE"),
        ("JET error -1018 on page 12", "JET_errReadVerifyFailure"),
        ("ESE error -1206", "JET_errDatabaseCorrupted"),
        ("MCI error 263", "MCIERR_INVALID_DEVICE_NAME"),
        // Without one, the likeliest space.
        ("error 691", "ERROR_DBG_TERMINATE_THREAD"),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
}

#[test]
fn quiet_on_what_is_no_code() {
    for line in [
        "2026-11-30T08:14:02.517Z started in 1532 ms, pid 4412",
        "version 10.0.22631.4460 on 10.1.2.3:5000",
        "address 0x00007FF6A1B2C3D4",
        "sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "{C0000005-0000-0000-C000-000000000046} #C0000005",
        "exited with code 0; hr = 0x00000000",
        "error at 12:01:55 in src/lib.rs:120:5",
        "flags 0x1F, count 20261130",
        "ERROR_NOT_A_REAL_NAME and WSANOPE",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn a_padded_small_hex_needs_a_word_and_flags_are_no_code() {
    // A small value padded to eight digits is a value or a set of flags, unless a word says
    // it is a code.
    for line in [
        "FileAttributes: 0x00000080",
        "Flags 0x00000080 set",
        "(0x00000005)",
        "dwFlags = 0x80004005",
        "Faulting module base 0x80001234",
        "ProcessId: 0xC0000005",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    for (line, expected) in [
        ("error 0x00000005", "ERROR_ACCESS_DENIED"),
        ("CreateFile failed (0x00000005)", "ERROR_ACCESS_DENIED"),
        ("status: 0x00000103", "STATUS_PENDING"),
        // A large value needs no word: its digits are a code's.
        ("(0x80070005)", "ERROR_ACCESS_DENIED"),
        ("exit code 0x40000015", "STATUS_FATAL_APP_EXIT"),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
}

#[test]
fn findings_know_where_they_are_and_how_they_were_read() {
    let line = "first exit code 0xC0000005, then GetLastError() returned 5";
    let findings: Vec<Finding<'_>> = Matcher::new().findings(line.as_bytes()).collect();
    assert_eq!(findings.len(), 2);
    assert_eq!((findings[0].start, findings[0].text), (16, "0xC0000005"));
    assert_eq!(findings[0].reading.space, CodeSpace::NtStatus);
    assert_eq!(&line[findings[1].start..findings[1].end()], "5");
    assert_eq!(findings[1].entry.name(), "ERROR_ACCESS_DENIED");
}

#[test]
fn bytes_that_are_no_text_find_nothing_and_break_nothing() {
    let line = b"\xff\xfe error 5 \x00\x00 0xc0000005 \xc3\x28";
    assert_eq!(Matcher::new().findings(line).count(), 2);
}

/// The shapes of issue 26, each by a rule of its own (lines of the kinds real logs hold,
/// written here; the real lines are in `tests/real/`).
#[test]
fn the_shapes_of_pasted_logs() {
    for (line, expected) in [
        // A quote or backtick between the word and its number.
        ("failed with error code `-2147467259`", "E_FAIL"),
        ("msiexec exit code '1603'.", "ERROR_INSTALL_FAILURE"),
        // An installer's `is returning` and `Return value:`.
        (
            "MainEngineThread is returning 1619",
            "ERROR_INSTALL_PACKAGE_OPEN_FAILED",
        ),
        (
            "Back from server. Return value: 1603",
            "ERROR_INSTALL_FAILURE",
        ),
        // A negative ten-digit number standing alone: a com_error tuple, a crash status.
        (
            "com_error: (-2147221005, 'Invalid class string', None, None)",
            "CO_E_CLASSSTRING",
        ),
        (
            "Renderer process crashed (-2147483645)",
            "STATUS_BREAKPOINT",
        ),
        // WinDbg's decimal.
        ("0:000> .formats 0n3221225477", "STATUS_ACCESS_VIOLATION"),
        // A 32-bit failure sign-extended to 64 bits, as a debugger prints it.
        (
            "ExceptionCode: 0xffffffffc0000005",
            "STATUS_ACCESS_VIOLATION",
        ),
        // Eight digits after an error word are hex first, as a lookup reads them.
        (
            "InvalidCredentialsError: 80090308: LdapErr",
            "SEC_E_INVALID_TOKEN",
        ),
        // FACILITY_WIN32's HRESULT without 0x, standing alone.
        (
            "LogHr(71) tid(1568) 80070490 Element not found.",
            "ERROR_NOT_FOUND",
        ),
        // Winsock's errno (POSIX's stay quiet), a function's result beyond a byte, a code
        // that ends a sentence.
        (
            "socket.error: [Errno 10060] A connection attempt failed",
            "WSAETIMEDOUT",
        ),
        ("SaveToWICFile return 80004002", "E_NOINTERFACE"),
        ("with exit code 800703e9.", "ERROR_STACK_OVERFLOW"),
        // Field 1 of an installer log's note is an installer message's number.
        ("MSI (c) (50:14) [11:59:52:280]: Note: 1: 2727 2: ", "2727"),
        // The Win32 error of Active Directory's LDAP error text, in hex after `data`.
        (
            "LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data 52e, v1db1",
            "ERROR_LOGON_FAILURE",
        ),
        // A space named elsewhere in the line, alone or leading a compound.
        (
            "RasDialer.DialAsync() throws RasException with NativeErrorCode= 691",
            "ERROR_AUTHENTICATION_FAILURE",
        ),
        // A space named two words before the number.
        ("MCI error code: 277", "MCIERR_INTERNAL"),
        // An installer's message number, in an installer's line.
        (
            "Error 1722. There is a problem with this Windows Installer package.",
            "1722",
        ),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
}

#[test]
fn what_the_line_says_keeps_other_numbers_quiet() {
    for line in [
        // Another runtime's error numbers.
        "forrtl: error (200): program aborting due to control-C event",
        "ERROR 2003 (HY000): Can't connect to MySQL server on 'localhost' (10061)",
        "Error Code: 1064. You have an error in your SQL syntax",
        "make: *** [Makefile:12: all] Error 2",
        "make[1]: *** [all] Error 1",
        "CUDA error: an illegal memory access was encountered (error 700)",
        "fatal: unable to access 'https://x/y.git/': SSL certificate problem: error code 20",
        "pthread_create failed with error 11",
        "ssh: connect to host x port 22: Connection refused, error 111",
        "collect2: error: ld returned 1 exit status",
        "SQLiteDiskIOException: disk I/O error (code 1802, errno 4)",
        // An action's result, a count of eight digits, a positive ten-digit number.
        "Action ended 22:38:34: FindRelatedProducts. Return value 3.",
        "Processed 80070057 records",
        "took -1234567890 ms",
        "OSError: [Errno 2] No such file or directory",
        "fn main() { return 1; }",
        "received data 52e bytes",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
    // The bug check, and the sign-extended failure among its parameters, the rest not.
    assert_eq!(
        names(
            "The bugcheck was: 0x0000003b (0x00000000c0000005, 0xfffff80815a0f9c8, 0x0000000000000000)"
        ),
        ["SYSTEM_SERVICE_EXCEPTION", "STATUS_ACCESS_VIOLATION"]
    );
    // A small parameter (3, a Win32 error's number) is no error.
    assert_eq!(
        names(
            "The bugcheck was: 0x0000009f (0x0000000000000003, 0xffffe000f2a2a060, 0xffffd0017d0a8a80, 0xffffe000f6d7ea50)"
        ),
        ["DRIVER_POWER_STATE_FAILURE"]
    );
    // A Win32 error beside a device is still one.
    assert_eq!(
        names("Win32 error 5 (Access is denied) while opening the device"),
        ["ERROR_ACCESS_DENIED"]
    );
}

#[test]
fn phrases_of_real_logs_place_their_numbers() {
    for (line, expected) in [
        // An installer's event text, and `net helpmsg`'s argument.
        (
            "Installation success or error status: 1603.",
            &["Win32 error:ERROR_INSTALL_FAILURE"][..],
        ),
        ("C:\\>net helpmsg 53", &["Win32 error:ERROR_BAD_NETPATH"]),
        // A rendered installer message in a quoted log line.
        (
            "`MSI (s) (50:18) [13:12:42:849]: Product: X -- Error 1920. Service 'X' (X) failed to start.",
            &["Windows Installer message:1920"],
        ),
        // LDAP's text leads with its HRESULT in decimal digits.
        (
            "[LDAP: error code 49 - 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563]",
            &[
                "HRESULT:SEC_E_INVALID_TOKEN",
                "Win32 error:ERROR_LOGON_FAILURE",
            ],
        ),
        (
            "comment: AcceptSecurityContext error, data 52e\" in AD",
            &["Win32 error:ERROR_LOGON_FAILURE"],
        ),
        // Rust's `Os` error with Windows' message.
        (
            "Os { code: 5, kind: PermissionDenied, message: \"Access is denied.\" }",
            &["Win32 error:ERROR_ACCESS_DENIED"],
        ),
    ] {
        let found: Vec<String> = Matcher::new()
            .findings(line.as_bytes())
            .map(|f| format!("{}:{}", f.entry.space().label(), f.entry.name()))
            .collect();
        assert_eq!(found, expected, "{line}");
    }
}

#[test]
fn phrases_of_real_logs_that_hold_no_windows_code() {
    for line in [
        // `status` is an error's or an exit's only.
        "HTTP status 404 from the server",
        // A process's own exit status, an article between the words.
        "Renderer process gone and exited with the code 134.",
        "exit status 1",
        // Rust's `Os` error with a POSIX message: an errno.
        "Err` value: Os { code: 63, kind: Other, message: \"File name too long\" }",
        // An installer's registry root, `HKEY_LOCAL_MACHINE`.
        "Executing op: RegOpenKey(Root=-2147483646,Key=SOFTWARE\\nxlog,,BinaryType=1,,)",
        // Access rights (`GENERIC_WRITE`), a status that is no failure without a word.
        "DesiredAccess: 0x40000000",
        "value (0x40000000)",
        // A small negative number is a failure value, not an ESE code, unless ESE is named.
        "EXIT STATUS: -1 (ffffffff)",
        "error -22",
        // Every tool's failure status, and libuv's errno.
        "npm ERR! code 1",
        "error code: 1",
        "Error: EPERM: operation not permitted, errno: -4048, code: 'EPERM'",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn a_bug_check_a_device_problem_or_a_setup_result_is_read_where_the_line_says_so() {
    for (line, expected) in [
        // A bug check's code, not its parameters (but a failure status among them).
        (
            "STOP: 0x0000009C (0x00000030, 0x00000002, 0x00000001, 0x80003CBA)",
            &["MACHINE_CHECK_EXCEPTION"][..],
        ),
        (
            "The bugcheck was: 0x0000003b (0x00000000c0000005, 0xfffff80815a0f9c8, 0x0)",
            &["SYSTEM_SERVICE_EXCEPTION", "STATUS_ACCESS_VIOLATION"],
        ),
        (
            "BugCheck 9F, {3, ffffc30f8f4bc060, ffff818dbf6a7750}",
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        ("BUGCHECK_CODE:  9f", &["DRIVER_POWER_STATE_FAILURE"]),
        (
            "Unknown bugcheck code (19c)",
            &["WIN32K_POWER_WATCHDOG_TIMEOUT"],
        ),
        // windows-sys's name for it; the page's, STATUS_SYSTEM_PROCESS_TERMINATED, an alias.
        ("Stop code: 0xc000021a", &["WINLOGON_FATAL_ERROR"]),
        (
            "stop code: CRITICAL_PROCESS_DIED",
            &["CRITICAL_PROCESS_DIED"],
        ),
        // Device Manager's words, and a device's problem code in a line about a device.
        ("(Code 43)", &["CM_PROB_FAILED_POST_START"]),
        (
            "This device cannot start. (Code 10)",
            &["CM_PROB_FAILED_START"],
        ),
        // The Kernel-Power event's decimal, WinDbg's banner, a code before the words, a
        // failure bucket, a live dump's event, a page's name.
        (
            r#"<Data Name="BugcheckCode">159</Data>"#,
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        (
            "*** Fatal System Error: 0x0000009F",
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        (
            "the dump of a 0x9f bug check",
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        (
            "FAILURE_BUCKET_ID:  0x9F_3_POWER_DOWN_IMAGE_x.sys",
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        ("LiveKernelEvent 141", &["VIDEO_ENGINE_TIMEOUT_DETECTED"]),
        (
            "see bug-check-0x9f--driver-power-state-failure.md",
            &["DRIVER_POWER_STATE_FAILURE"],
        ),
        ("Stop error 9F on resume", &["DRIVER_POWER_STATE_FAILURE"]),
        (
            "Bluescreen: Video_Tdr_Failure (nvlddmkm.sys)",
            &["VIDEO_TDR_FAILURE"],
        ),
        ("site_packages_dir = get_python_lib()", &[]),
        // Device Manager's number as people type it, and SetupAPI's log.
        (
            "still Code43 after the update",
            &["CM_PROB_FAILED_POST_START"],
        ),
        (
            "Device Status: 0x01802401, Problem: 0xA",
            &["CM_PROB_FAILED_START"],
        ),
        (
            "the GPU shows code error 43",
            &["CM_PROB_FAILED_POST_START"],
        ),
        // Windows Setup's result code; its extend code is none of its own.
        ("0xC1900101 - 0x20017", &["MOSETUP_E_SETUP_PLATFORM"]),
        ("Error 0x80070003- 0x20007", &["ERROR_PATH_NOT_FOUND"]),
        // A small number elsewhere is no bug check nor device problem; nor Rust's literals.
        ("let x = 0x10_u32; let y = 0x8007_0005;", &[]),
        ("Problem: 0x0", &[]),
        (
            "[LDAP: error code 49 - 80090308: LdapErr: DSID-0C090439, comment: \
             AcceptSecurityContext error, data 52e, v4563]",
            &["SEC_E_INVALID_TOKEN", "ERROR_LOGON_FAILURE"],
        ),
        ("process exited (code 43)", &[]),
        ("stop 0x10 ms", &[]),
    ] {
        assert_eq!(names(line), expected, "{line}");
    }
}

#[test]
fn a_localised_word_for_an_error_or_a_code_places_its_number() {
    for (line, expected) in [
        ("插件加载失败，故障代码126", "ERROR_MOD_NOT_FOUND"),
        ("安装失败，错误 1603", "ERROR_INSTALL_FAILURE"),
        ("エラー 5", "ERROR_ACCESS_DENIED"),
        ("Ошибка 1603", "ERROR_INSTALL_FAILURE"),
        ("Fehler 1603", "ERROR_INSTALL_FAILURE"),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
    // A process's own exit status.
    assert_eq!(names("退出代码 3"), Vec::<&str>::new());
    // A device's problem code, in a line about a device.
    for line in [
        "Система Windows остановила это устройство (Код 43)",
        "usb wasnt recognized (error code 43)",
    ] {
        assert_eq!(names(line), ["CM_PROB_FAILED_POST_START"], "{line}");
    }
}

#[test]
fn statuses_written_as_tools_print_them() {
    for (line, expected) in [
        (
            "[SC] StartService FAILED 1053:",
            "ERROR_SERVICE_REQUEST_TIMEOUT",
        ),
        (
            "ShellExecute installer failed: 1603",
            "ERROR_INSTALL_FAILURE",
        ),
        (
            "[-] StartService failed (1056)",
            "ERROR_SERVICE_ALREADY_RUNNING",
        ),
        (
            "[SC] StartService 失败 1053: 服务没有及时响应启动或控制请求。",
            "ERROR_SERVICE_REQUEST_TIMEOUT",
        ),
        (
            "System.ComponentModel.Win32Exception (1053): x",
            "ERROR_SERVICE_REQUEST_TIMEOUT",
        ),
        (
            "Creation of directory failed with error Access is denied. (Error number 5)",
            "ERROR_ACCESS_DENIED",
        ),
        (
            "Access is denied. Status: 5 (0x00000005)",
            "ERROR_ACCESS_DENIED",
        ),
        (
            "unable to open the service: The specified service does not exist as an installed service. (1060)",
            "ERROR_SERVICE_DOES_NOT_EXIST",
        ),
        (
            "Une erreur système 5 s'est produite.",
            "ERROR_ACCESS_DENIED",
        ),
        ("Systemfehler 5 aufgetreten.", "ERROR_ACCESS_DENIED"),
        (
            "curl 56 OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 10054",
            "WSAECONNRESET",
        ),
        ("mciSendString returned 263", "MCIERR_INVALID_DEVICE_NAME"),
        (
            "L2TP connection attempt failed, error 789",
            "ERROR_OAKLEY_GENERAL_PROCESSING",
        ),
        ("LoadLibrary failed with 126: x", "ERROR_MOD_NOT_FOUND"),
        ("If Err.Number = &H80010001& Then", "RPC_E_CALL_REJECTED"),
        ("the error code is 2147942402 .", "ERROR_FILE_NOT_FOUND"),
        (
            "AssertionError: expected 3221225477 to equal 1",
            "STATUS_ACCESS_VIOLATION",
        ),
        (
            "Failed to find the INF package (hr = 0x80070490)",
            "ERROR_NOT_FOUND",
        ),
        ("ret:32", "ERROR_SHARING_VIOLATION"),
        (
            "System.Net.HttpListenerException (183): Failed",
            "ERROR_ALREADY_EXISTS",
        ),
        ("CreateFile: Access is denied. (0x5)", "ERROR_ACCESS_DENIED"),
        ("error (0x5)", "ERROR_ACCESS_DENIED"),
        ("call failed (0x80070005)", "ERROR_ACCESS_DENIED"),
    ] {
        assert_eq!(names(line), [expected], "{line}");
    }
    for line in [
        "Tests: 10 passed, Failed: 2",
        "build failed 1",
        "the build failed with 3 warnings",
        "sizes (0x1F)",
        " - Matched SystemSKU: 8710    ApplyDriverPackage    9/2/2021 09:18:10    2376 (0x0948)",
        "ERROR] Worker (pid:54) was sent code 139!",
        "s6-pause[107577]: segfault at 0 ip 00000000004005d7 sp 00007ffc3bfd6b90 error 4 in s6",
        "PID 3221225477 is a counter",
        "id 3500000000 done",
        "processed all the files of the list (1060)",
        "OSError: (External) CUDNN error(8), CUDNN_STATUS_EXECUTION_FAILED.",
        "Event ID 4768 with kerb return code 0x17 does exist",
    ] {
        assert_eq!(names(line), Vec::<&str>::new(), "{line}");
    }
}

#[test]
fn eight_decimal_digits_after_a_word_are_hex_and_only_with_links_a_phrase() {
    // 0x80070057 is HRESULT_FROM_WIN32(87), read as the Win32 error it carries.
    assert_eq!(names("error 80070057"), ["ERROR_INVALID_PARAMETER"]);
    // `failed with 126` is `failed 126`; another word between them is no such link.
    assert_eq!(
        names("LoadLibrary failed with 126:"),
        ["ERROR_MOD_NOT_FOUND"]
    );
    assert_eq!(names("LoadLibrary failed at 126:"), Vec::<&str>::new());
}

#[test]
fn another_runtimes_line_still_holds_windows_codes_in_full() {
    // curl's own number (35) is not Windows', the HRESULT schannel returned is.
    assert_eq!(
        names(
            "curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate."
        ),
        ["CRYPT_E_NO_REVOCATION_CHECK"]
    );
}
