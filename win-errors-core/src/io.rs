//! `std::io` interop for the system catalog (features `std` and `system`).

use std::io;

use crate::WinError;

impl WinError {
    /// The `io::ErrorKind` that std gives this code on Windows (`io::Error::from_raw_os_error`
    /// followed by `kind()`), so the same error reads the same on every platform. Codes std
    /// does not map, and the one it maps to an unstable kind (`ERROR_CANT_RESOLVE_FILENAME`,
    /// `FilesystemLoop`), give `ErrorKind::Other`.
    #[inline]
    pub const fn io_error_kind(self) -> io::ErrorKind {
        use io::ErrorKind::*;
        match self {
            WinError::AccessDenied | WinError::Wsaeacces => PermissionDenied,
            WinError::AlreadyExists | WinError::FileExists => AlreadyExists,
            WinError::BrokenPipe | WinError::NoData => BrokenPipe,
            WinError::FileNotFound
            | WinError::PathNotFound
            | WinError::InvalidDrive
            | WinError::BadNetpath
            | WinError::BadNetName => NotFound,
            WinError::InvalidName | WinError::BadPathname | WinError::FilenameExcedRange => {
                InvalidFilename
            }
            WinError::InvalidParameter | WinError::Wsaeinval => InvalidInput,
            WinError::NotEnoughMemory | WinError::Outofmemory => OutOfMemory,
            WinError::SemTimeout
            | WinError::WaitTimeout
            | WinError::DriverCancelTimeout
            | WinError::OperationAborted
            | WinError::ServiceRequestTimeout
            | WinError::CounterTimeout
            | WinError::Timeout
            | WinError::ResourceCallTimedOut
            | WinError::CtxModemResponseTimeout
            | WinError::CtxClientQueryTimeout
            | WinError::FrsErrSysvolPopulateTimeout
            | WinError::DsTimelimitExceeded
            | WinError::DnsErrorRecordTimedOut
            | WinError::IpsecIkeTimedOut
            | WinError::RunlevelSwitchTimeout
            | WinError::RunlevelSwitchAgentTimeout
            | WinError::Wsaetimedout => TimedOut,
            WinError::CallNotImplemented => Unsupported,
            WinError::HostUnreachable | WinError::Wsaehostunreach => HostUnreachable,
            WinError::NetworkUnreachable | WinError::Wsaenetunreach => NetworkUnreachable,
            WinError::Directory => NotADirectory,
            WinError::DirectoryNotSupported => IsADirectory,
            WinError::DirNotEmpty => DirectoryNotEmpty,
            WinError::WriteProtect => ReadOnlyFilesystem,
            WinError::DiskFull | WinError::HandleDiskFull => StorageFull,
            WinError::SeekOnDevice => NotSeekable,
            WinError::DiskQuotaExceeded | WinError::Wsaedquot => QuotaExceeded,
            WinError::FileTooLarge => FileTooLarge,
            WinError::Busy => ResourceBusy,
            WinError::PossibleDeadlock => Deadlock,
            WinError::NotSameDevice => CrossesDevices,
            WinError::TooManyLinks => TooManyLinks,
            WinError::Wsaeaddrinuse => AddrInUse,
            WinError::Wsaeaddrnotavail => AddrNotAvailable,
            WinError::Wsaeconnaborted => ConnectionAborted,
            WinError::Wsaeconnrefused => ConnectionRefused,
            WinError::Wsaeconnreset => ConnectionReset,
            WinError::Wsaenotconn => NotConnected,
            WinError::Wsaewouldblock => WouldBlock,
            WinError::Wsaenetdown => NetworkDown,
            _ => Other,
        }
    }

    /// The entry of the calling thread's last OS error (`GetLastError`, read by std's
    /// `io::Error::last_os_error`, so no `unsafe` here), when the catalog has it. Call it
    /// right after the failing Windows call, before anything that may set another. Elsewhere
    /// than Windows the last OS error is an `errno` and this gives `None`.
    ///
    /// ```no_run
    /// # use win_errors_core as win_errors;
    /// use win_errors::WinError;
    ///
    /// // After a Windows API call returned FALSE:
    /// if let Some(error) = WinError::last_os_error() {
    ///     eprintln!("{error:#}");
    /// }
    /// ```
    #[inline]
    pub fn last_os_error() -> Option<WinError> {
        WinError::from_io_error(&io::Error::last_os_error())
    }

    /// The entry an `io::Error` carries: the `WinError` inside it (from `From<WinError>`),
    /// else, on Windows, its raw OS error. Elsewhere a raw OS error is an `errno`, not a
    /// Win32 code, and gives `None`.
    #[inline]
    pub fn from_io_error(error: &io::Error) -> Option<WinError> {
        if let Some(entry) = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<WinError>())
        {
            return Some(*entry);
        }
        if cfg!(windows) {
            let code = error.raw_os_error()?;
            return WinError::from_code(u32::try_from(code).ok()?);
        }
        None
    }
}

impl From<WinError> for io::Error {
    /// An `io::Error` of the kind std gives the code on Windows, holding the entry (so
    /// `WinError::from_io_error` and `downcast` give it back) and printing its message.
    #[inline]
    fn from(entry: WinError) -> Self {
        io::Error::new(entry.io_error_kind(), entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// std's `decode_error_kind` for Windows, written down as data: each Win32 or Winsock
    /// code it names, by its symbolic name, and the `ErrorKind` it gives (rust-lang/rust,
    /// `library/std/src/sys/io/error/windows.rs` at commit 95ea4c56993548a43262de6f346289bb963a54ac,
    /// the std of Rust 1.9x, MIT OR Apache-2.0). Every other code is `Uncategorized` there,
    /// which a stable program sees as `Other`; `FilesystemLoop` is unstable, so
    /// `io_error_kind` gives `Other` for it too.
    const STD_DECODE_ERROR_KIND: &[(&str, &str)] = &[
        ("ERROR_ACCESS_DENIED", "PermissionDenied"),
        ("ERROR_ALREADY_EXISTS", "AlreadyExists"),
        ("ERROR_FILE_EXISTS", "AlreadyExists"),
        ("ERROR_BROKEN_PIPE", "BrokenPipe"),
        ("ERROR_FILE_NOT_FOUND", "NotFound"),
        ("ERROR_PATH_NOT_FOUND", "NotFound"),
        ("ERROR_INVALID_DRIVE", "NotFound"),
        ("ERROR_BAD_NETPATH", "NotFound"),
        ("ERROR_BAD_NET_NAME", "NotFound"),
        ("ERROR_NO_DATA", "BrokenPipe"),
        ("ERROR_INVALID_NAME", "InvalidFilename"),
        ("ERROR_BAD_PATHNAME", "InvalidFilename"),
        ("ERROR_INVALID_PARAMETER", "InvalidInput"),
        ("ERROR_NOT_ENOUGH_MEMORY", "OutOfMemory"),
        ("ERROR_OUTOFMEMORY", "OutOfMemory"),
        ("ERROR_SEM_TIMEOUT", "TimedOut"),
        ("WAIT_TIMEOUT", "TimedOut"),
        ("ERROR_DRIVER_CANCEL_TIMEOUT", "TimedOut"),
        ("ERROR_OPERATION_ABORTED", "TimedOut"),
        ("ERROR_SERVICE_REQUEST_TIMEOUT", "TimedOut"),
        ("ERROR_COUNTER_TIMEOUT", "TimedOut"),
        ("ERROR_TIMEOUT", "TimedOut"),
        ("ERROR_RESOURCE_CALL_TIMED_OUT", "TimedOut"),
        ("ERROR_CTX_MODEM_RESPONSE_TIMEOUT", "TimedOut"),
        ("ERROR_CTX_CLIENT_QUERY_TIMEOUT", "TimedOut"),
        ("FRS_ERR_SYSVOL_POPULATE_TIMEOUT", "TimedOut"),
        ("ERROR_DS_TIMELIMIT_EXCEEDED", "TimedOut"),
        ("DNS_ERROR_RECORD_TIMED_OUT", "TimedOut"),
        ("ERROR_IPSEC_IKE_TIMED_OUT", "TimedOut"),
        ("ERROR_RUNLEVEL_SWITCH_TIMEOUT", "TimedOut"),
        ("ERROR_RUNLEVEL_SWITCH_AGENT_TIMEOUT", "TimedOut"),
        ("ERROR_CALL_NOT_IMPLEMENTED", "Unsupported"),
        ("ERROR_HOST_UNREACHABLE", "HostUnreachable"),
        ("ERROR_NETWORK_UNREACHABLE", "NetworkUnreachable"),
        ("ERROR_DIRECTORY", "NotADirectory"),
        ("ERROR_DIRECTORY_NOT_SUPPORTED", "IsADirectory"),
        ("ERROR_DIR_NOT_EMPTY", "DirectoryNotEmpty"),
        ("ERROR_WRITE_PROTECT", "ReadOnlyFilesystem"),
        ("ERROR_DISK_FULL", "StorageFull"),
        ("ERROR_HANDLE_DISK_FULL", "StorageFull"),
        ("ERROR_SEEK_ON_DEVICE", "NotSeekable"),
        ("ERROR_DISK_QUOTA_EXCEEDED", "QuotaExceeded"),
        ("ERROR_FILE_TOO_LARGE", "FileTooLarge"),
        ("ERROR_BUSY", "ResourceBusy"),
        ("ERROR_POSSIBLE_DEADLOCK", "Deadlock"),
        ("ERROR_NOT_SAME_DEVICE", "CrossesDevices"),
        ("ERROR_TOO_MANY_LINKS", "TooManyLinks"),
        ("ERROR_FILENAME_EXCED_RANGE", "InvalidFilename"),
        ("ERROR_CANT_RESOLVE_FILENAME", "FilesystemLoop"),
        ("WSAEACCES", "PermissionDenied"),
        ("WSAEADDRINUSE", "AddrInUse"),
        ("WSAEADDRNOTAVAIL", "AddrNotAvailable"),
        ("WSAECONNABORTED", "ConnectionAborted"),
        ("WSAECONNREFUSED", "ConnectionRefused"),
        ("WSAECONNRESET", "ConnectionReset"),
        ("WSAEINVAL", "InvalidInput"),
        ("WSAENOTCONN", "NotConnected"),
        ("WSAEWOULDBLOCK", "WouldBlock"),
        ("WSAETIMEDOUT", "TimedOut"),
        ("WSAEHOSTUNREACH", "HostUnreachable"),
        ("WSAENETDOWN", "NetworkDown"),
        ("WSAENETUNREACH", "NetworkUnreachable"),
        ("WSAEDQUOT", "QuotaExceeded"),
    ];

    #[test]
    fn every_kind_is_the_one_std_gives_on_windows() {
        for &(name, _) in STD_DECODE_ERROR_KIND {
            assert!(
                WinError::from_name(name).is_some(),
                "{name} is not in the catalog"
            );
        }
        for &entry in WinError::ALL {
            let expected = STD_DECODE_ERROR_KIND
                .iter()
                .find(|(name, _)| entry.name() == *name || entry.aliases().any(|a| a == *name))
                .map_or("Other", |&(_, kind)| kind);
            // Unstable in std: a stable program cannot name it.
            let expected = if expected == "FilesystemLoop" {
                "Other"
            } else {
                expected
            };
            assert_eq!(
                format!("{:?}", entry.io_error_kind()),
                expected,
                "{}",
                entry.name()
            );
        }
    }

    #[test]
    fn the_last_os_error_is_read_as_a_win32_code_on_windows_only() {
        // std sets nothing here; the thread's last error is whatever the last failing call
        // left. Make one fail: opening a path that does not exist.
        let missing = std::env::temp_dir().join("win-errors-test-no-such-file");
        assert!(std::fs::File::open(missing).is_err());
        let last = WinError::last_os_error();
        if cfg!(windows) {
            assert_eq!(last, Some(WinError::FileNotFound));
        } else {
            // ENOENT is 2, which is ERROR_FILE_NOT_FOUND's value: an errno must not be read
            // as a Win32 code.
            assert_eq!(io::Error::last_os_error().raw_os_error(), Some(2));
            assert_eq!(last, None);
        }
    }

    #[test]
    fn io_errors_round_trip() {
        let error = io::Error::from(WinError::SharingViolation);
        assert_eq!(error.kind(), io::ErrorKind::Other);
        assert_eq!(
            error.to_string(),
            WinError::SharingViolation.message().unwrap()
        );
        assert_eq!(
            WinError::from_io_error(&error),
            Some(WinError::SharingViolation)
        );
        let error: io::Error = WinError::FileNotFound.into();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        let inner = error.into_inner().unwrap().downcast::<WinError>().unwrap();
        assert_eq!(*inner, WinError::FileNotFound);
        let plain = io::Error::other("no entry inside");
        assert_eq!(WinError::from_io_error(&plain), None);
        if !cfg!(windows) {
            // An errno is not a Win32 code.
            assert_eq!(
                WinError::from_io_error(&io::Error::from_raw_os_error(2)),
                None
            );
        }
    }
}
