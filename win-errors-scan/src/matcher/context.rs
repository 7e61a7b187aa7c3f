//! What a whole line says about the numbers in it: whose error numbers they are, and what
//! kind of code. Read by one set of expressions, once a line and only when a rule asks.

use std::cell::OnceCell;

use regex::bytes::RegexSet;
use win_errors_core::{CodeSpace, Form};

use super::Finding;

/// The cues a line can hold, each an expression of [`Cues`]'s set, in this order.
const CUES: [&str; 5] = [
    // Other runtimes print error numbers of their own: Fortran's `forrtl: error (200)`,
    // SQLite's `(code 1802, errno 4)`, PortAudio's, curl's and OpenSSL's, databases' (`ERROR
    // 2003 (HY000): Can't connect to MySQL server`), CUDA's and cuDNN's, Kerberos's, make's
    // (`make: *** [all] Error 2`), POSIX threads' and ssh's `errno`, a signal's number
    // (`segfault at 0 ... error 4`, `Worker (pid:54) was sent code 139`).
    r"(?-u)(?i)forrtl|sqlite|portaudio|paerror|curl|openssl|\bssl\b|\bx509|mysql|mariadb|sqlstate|postgres|\bsql\b|\bcuda|cudnn|\bkerb|\bmake(?:\[[0-9]+\])?: \*\*\*|pthread|\bssh:|segfault|sigsegv|\bsignal\b|was sent code",
    // A bug check's code and parameters (`The bugcheck was: 0x0000003b (0x00000000c0000005,
    // ...)`, `STOP: 0x0000009C (...)`): bug check codes, not Win32 errors.
    r"(?-u)(?i)bug[ -]?check|\bstop:|\bstop code|livekernelevent|fatal system error",
    // A device's problem code (`This device cannot start. (Code 10)`, `usb wasn't recognized
    // (error code 43)`, `(Код 43)` on a line about a `устройство`).
    r"(?-u)(?i)\bdevices?\b|\busb\b|\bi?gpu\b|graphics card|устройств|设备|デバイス|장치",
    // A Windows Installer log or message (`MSI (s) (98:BC) ...`, `Error 1722. There is a
    // problem with this Windows Installer package.`).
    r"(?-u)(?i)\bMSI \([a-z]\)|windows installer",
    // Active Directory's LDAP errors (`LdapErr: DSID-..., data 52e`, `AcceptSecurityContext
    // error, data 52e`).
    r"(?-u)(?i)ldaperr|acceptsecuritycontext",
];

/// The compiled cues.
#[derive(Clone, Debug)]
pub(super) struct Cues {
    set: RegexSet,
}

impl Cues {
    pub(super) fn new() -> Self {
        // Built from the constant above alone; every test builds it.
        let set = RegexSet::new(CUES).expect("the line cues compile");
        Cues { set }
    }

    /// What `line` says.
    pub(super) fn of(&self, line: &[u8]) -> LineContext {
        let matched = self.set.matches(line);
        LineContext {
            other_runtime: matched.matched(0),
            bug_check: matched.matched(1),
            device: matched.matched(2),
            installer: matched.matched(3),
            ldap: matched.matched(4),
        }
    }
}

/// What a line says, read when a rule first asks.
pub(super) struct Lazy<'a> {
    cues: &'a Cues,
    line: &'a [u8],
    read: OnceCell<LineContext>,
    space: OnceCell<Option<CodeSpace>>,
    lowered: OnceCell<Vec<u8>>,
}

impl<'a> Lazy<'a> {
    pub(super) fn new(cues: &'a Cues, line: &'a [u8]) -> Self {
        Lazy {
            cues,
            line,
            read: OnceCell::new(),
            space: OnceCell::new(),
            lowered: OnceCell::new(),
        }
    }

    /// What the line says.
    pub(super) fn get(&self) -> LineContext {
        *self.read.get_or_init(|| self.cues.of(self.line))
    }

    /// The line in ASCII lower case, made once for the messages looked for in it.
    pub(super) fn lowered(&self) -> &[u8] {
        self.lowered.get_or_init(|| self.line.to_ascii_lowercase())
    }

    /// The code space a word of the line names, when one does: a space's word alone (`VPN`)
    /// or leading a compound (`RasDialer`, `RasException`, `JetAttachDatabase`). Read once a
    /// line, so that a line of many codes costs one pass.
    pub(super) fn named_space(&self) -> Option<CodeSpace> {
        *self.space.get_or_init(|| named_space(self.line))
    }
}

/// The first code space a word of `line` names.
fn named_space(line: &[u8]) -> Option<CodeSpace> {
    let words = line
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    words.into_iter().find_map(|word| {
        CodeSpace::ALL.into_iter().find(|space| {
            space.info().words.iter().any(|name| {
                let name = name.as_bytes();
                // The rest starts a word of its own: nothing, or a capital (`RasDial`).
                let rest_starts_a_word = word.get(name.len()).is_none_or(u8::is_ascii_uppercase);
                word.get(..name.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(name))
                    && rest_starts_a_word
            })
        })
    })
}

/// What a line says about the numbers in it.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct LineContext {
    other_runtime: bool,
    bug_check: bool,
    device: bool,
    installer: bool,
    ldap: bool,
}

impl LineContext {
    /// Whether `finding` stands in this line: not another runtime's error number, not a bug
    /// check's code or parameter read as a Win32 error (a failure HRESULT or NTSTATUS among
    /// them is one: `0x00000000c0000005`).
    pub(super) fn admits(self, finding: &Finding<'_>) -> bool {
        let form = finding.reading.form;
        let decimal = matches!(form, Form::Decimal | Form::SignedDecimal);
        let hex = matches!(form, Form::Hex | Form::BareHex);
        let failure = finding.reading.number & 0x8000_0000 != 0;
        // Winsock's errors are Windows' own in any runtime (`curl 56 ... errno 10054`); a
        // short hex is another runtime's as its decimal is (Kerberos's `return code 0x17`).
        let winsock = finding.reading.space == CodeSpace::Win32
            && (10_000..12_000).contains(&finding.reading.number);
        let short_hex = hex && finding.reading.number < 0x1_0000;
        let other_runtime = self.other_runtime && (decimal || short_hex) && !winsock;
        let bug_check = self.bug_check
            && (hex || decimal)
            && !failure
            && finding.reading.space != CodeSpace::BugCheck;
        !(other_runtime || bug_check)
    }

    /// Whether the line is Active Directory's LDAP error text, whose `data` is a Win32 error.
    pub(super) fn ldap(self) -> bool {
        self.ldap
    }

    /// Whether a number below 100 after `code` is a device's problem code (`This device
    /// cannot start. (Code 10)`), not a Win32 error: the line speaks of a device.
    pub(super) fn device_problem(self) -> bool {
        self.device
    }

    /// The space of an installer's message number after `error`: `Error 1722.` in a Windows
    /// Installer line (four digits before a full stop).
    pub(super) fn installer_message(
        self,
        line: &[u8],
        start: usize,
        end: usize,
    ) -> Option<CodeSpace> {
        let full_stop = line.get(end) == Some(&b'.');
        let digits = end.checked_sub(start)? == 4;
        (self.installer && full_stop && digits).then_some(CodeSpace::Msi)
    }
}
