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

    #[test]
    fn kinds_follow_std() {
        assert_eq!(
            WinError::FileNotFound.io_error_kind(),
            io::ErrorKind::NotFound
        );
        assert_eq!(
            WinError::AccessDenied.io_error_kind(),
            io::ErrorKind::PermissionDenied
        );
        assert_eq!(
            WinError::WaitTimeout.io_error_kind(),
            io::ErrorKind::TimedOut
        );
        assert_eq!(
            WinError::Wsaeconnrefused.io_error_kind(),
            io::ErrorKind::ConnectionRefused
        );
        assert_eq!(
            WinError::NoSuchLogonSession.io_error_kind(),
            io::ErrorKind::Other
        );
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
