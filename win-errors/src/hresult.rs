//! HRESULT decoding and the number forms people paste from logs.

use core::fmt;

/// An HRESULT: severity bit, facility and code packed in 32 bits.
///
/// ```
/// use win_errors::{Hresult, WinError};
///
/// let hr = Hresult(0x8007_0520);
/// assert!(hr.is_failure());
/// assert_eq!(hr.facility().name(), Some("FACILITY_WIN32"));
/// assert_eq!(hr.code(), 0x520);
/// assert_eq!(hr.win32_code(), Some(1312));
/// assert_eq!(hr.win32(), Some(WinError::NoSuchLogonSession));
/// assert_eq!(Hresult::from(WinError::AccessDenied).to_string(), "0x80070005");
/// assert_eq!(Hresult::from_win32(1312), hr);
/// assert_eq!(hr.to_string(), "0x80070520");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Hresult(pub u32);

/// `FACILITY_WIN32`: the facility of Win32 codes in HRESULT form.
pub const FACILITY_WIN32: u16 = 7;

impl Hresult {
    /// `HRESULT_FROM_WIN32`: a Win32 code as an HRESULT. Zero and values that already look
    /// like HRESULTs (negative as `i32`) are returned unchanged, as the C macro does.
    pub const fn from_win32(code: u32) -> Hresult {
        if code as i32 <= 0 {
            Hresult(code)
        } else {
            Hresult((code & 0xFFFF) | ((FACILITY_WIN32 as u32) << 16) | 0x8000_0000)
        }
    }

    /// Whether the severity bit is set (the HRESULT reports a failure).
    pub const fn is_failure(self) -> bool {
        self.0 & 0x8000_0000 != 0
    }

    /// The severity bit as a value.
    pub const fn severity(self) -> Severity {
        if self.is_failure() {
            Severity::Failure
        } else {
            Severity::Success
        }
    }

    /// The facility, read as winerror.h's `HRESULT_FACILITY` reads it (13 bits from bit 16),
    /// so that facilities above 2047 such as `FACILITY_DXGI` (2170) come out whole.
    pub const fn facility(self) -> Facility {
        Facility(((self.0 >> 16) & 0x1FFF) as u16)
    }

    /// The facility's own code: the low 16 bits.
    pub const fn code(self) -> u16 {
        (self.0 & 0xFFFF) as u16
    }

    /// The Win32 code this HRESULT wraps, when it is a failure of `FACILITY_WIN32`.
    pub const fn win32_code(self) -> Option<u32> {
        if self.is_failure() && self.facility().0 == FACILITY_WIN32 {
            Some(self.code() as u32)
        } else {
            None
        }
    }
}

#[cfg(feature = "system")]
impl Hresult {
    /// The Win32 entry this HRESULT wraps, when it is a failure of `FACILITY_WIN32` whose
    /// code the system catalog has.
    pub const fn win32(self) -> Option<crate::WinError> {
        match self.win32_code() {
            Some(code) => crate::WinError::from_code(code),
            None => None,
        }
    }
}

#[cfg(feature = "com")]
impl Hresult {
    /// The entry of the COM catalog with exactly this value.
    pub const fn known(self) -> Option<crate::ComError> {
        crate::ComError::from_code(self.0)
    }
}

#[cfg(feature = "system")]
impl From<crate::WinError> for Hresult {
    /// `HRESULT_FROM_WIN32` of the entry's code.
    fn from(entry: crate::WinError) -> Self {
        Hresult::from_win32(entry.code())
    }
}

#[cfg(feature = "com")]
impl From<crate::ComError> for Hresult {
    fn from(entry: crate::ComError) -> Self {
        Hresult(entry.code())
    }
}

impl fmt::Display for Hresult {
    /// Eight hexadecimal digits: `0x80070005`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

impl From<u32> for Hresult {
    fn from(bits: u32) -> Self {
        Hresult(bits)
    }
}

impl From<i32> for Hresult {
    fn from(bits: i32) -> Self {
        Hresult(bits as u32)
    }
}

/// The severity bit of an HRESULT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Bit 31 clear: success (`S_OK`, `S_FALSE`, informational codes).
    Success,
    /// Bit 31 set: failure.
    Failure,
}

/// An HRESULT facility number, with its `winerror.h` name when it is a well-known one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Facility(pub u16);

/// Facility numbers and names from `winerror.h` (as windows-sys's `FACILITY_CODE`
/// constants give them; where several names share a number, one of them), sorted.
const FACILITY_NAMES: &[(u16, &str)] = &[
    (0, "FACILITY_NULL"),
    (1, "FACILITY_RPC"),
    (2, "FACILITY_DISPATCH"),
    (3, "FACILITY_STORAGE"),
    (4, "FACILITY_ITF"),
    (7, "FACILITY_WIN32"),
    (8, "FACILITY_WINDOWS"),
    (9, "FACILITY_SECURITY"),
    (10, "FACILITY_CONTROL"),
    (11, "FACILITY_CERT"),
    (12, "FACILITY_INTERNET"),
    (13, "FACILITY_MEDIASERVER"),
    (14, "FACILITY_MSMQ"),
    (15, "FACILITY_SETUPAPI"),
    (16, "FACILITY_SCARD"),
    (17, "FACILITY_COMPLUS"),
    (18, "FACILITY_AAF"),
    (19, "FACILITY_URT"),
    (20, "FACILITY_ACS"),
    (21, "FACILITY_DPLAY"),
    (22, "FACILITY_UMI"),
    (23, "FACILITY_SXS"),
    (24, "FACILITY_WINDOWS_CE"),
    (25, "FACILITY_HTTP"),
    (26, "FACILITY_USERMODE_COMMONLOG"),
    (27, "FACILITY_WER"),
    (31, "FACILITY_USERMODE_FILTER_MANAGER"),
    (32, "FACILITY_BACKGROUNDCOPY"),
    (33, "FACILITY_CONFIGURATION"),
    (34, "FACILITY_STATE_MANAGEMENT"),
    (35, "FACILITY_METADIRECTORY"),
    (36, "FACILITY_WINDOWSUPDATE"),
    (37, "FACILITY_DIRECTORYSERVICE"),
    (38, "FACILITY_GRAPHICS"),
    (39, "FACILITY_SHELL"),
    (40, "FACILITY_TPM_SERVICES"),
    (41, "FACILITY_TPM_SOFTWARE"),
    (42, "FACILITY_UI"),
    (43, "FACILITY_XAML"),
    (44, "FACILITY_ACTION_QUEUE"),
    (48, "FACILITY_PLA"),
    (49, "FACILITY_FVE"),
    (50, "FACILITY_FWP"),
    (51, "FACILITY_WINRM"),
    (52, "FACILITY_NDIS"),
    (53, "FACILITY_USERMODE_HYPERVISOR"),
    (54, "FACILITY_CMI"),
    (55, "FACILITY_USERMODE_VIRTUALIZATION"),
    (56, "FACILITY_USERMODE_VOLMGR"),
    (57, "FACILITY_BCD"),
    (58, "FACILITY_USERMODE_VHD"),
    (59, "FACILITY_USERMODE_HNS"),
    (60, "FACILITY_SDIAG"),
    (61, "FACILITY_WEBSERVICES"),
    (62, "FACILITY_WPN"),
    (63, "FACILITY_WINDOWS_STORE"),
    (64, "FACILITY_INPUT"),
    (65, "FACILITY_QUIC"),
    (66, "FACILITY_EAP"),
    (70, "FACILITY_IORING"),
    (80, "FACILITY_WINDOWS_DEFENDER"),
    (81, "FACILITY_OPC"),
    (82, "FACILITY_XPS"),
    (83, "FACILITY_RAS"),
    (84, "FACILITY_MBN"),
    (85, "FACILITY_EAS"),
    (98, "FACILITY_P2P_INT"),
    (99, "FACILITY_P2P"),
    (100, "FACILITY_DAF"),
    (101, "FACILITY_BLUETOOTH_ATT"),
    (102, "FACILITY_AUDIO"),
    (103, "FACILITY_STATEREPOSITORY"),
    (109, "FACILITY_VISUALCPP"),
    (112, "FACILITY_SCRIPT"),
    (113, "FACILITY_PARSE"),
    (120, "FACILITY_BLB"),
    (121, "FACILITY_BLB_CLI"),
    (122, "FACILITY_WSBAPP"),
    (128, "FACILITY_BLBUI"),
    (129, "FACILITY_USN"),
    (130, "FACILITY_USERMODE_VOLSNAP"),
    (131, "FACILITY_TIERING"),
    (133, "FACILITY_WSB_ONLINE"),
    (134, "FACILITY_ONLINE_ID"),
    (135, "FACILITY_DEVICE_UPDATE_AGENT"),
    (136, "FACILITY_DRVSERVICING"),
    (153, "FACILITY_DLS"),
    (160, "FACILITY_SOS"),
    (173, "FACILITY_OCP_UPDATE_AGENT"),
    (176, "FACILITY_DEBUGGERS"),
    (208, "FACILITY_DELIVERY_OPTIMIZATION"),
    (231, "FACILITY_USERMODE_SPACES"),
    (232, "FACILITY_USER_MODE_SECURITY_CORE"),
    (234, "FACILITY_USERMODE_LICENSING"),
    (256, "FACILITY_DMSERVER"),
    (257, "FACILITY_DEPLOYMENT_SERVICES_SERVER"),
    (258, "FACILITY_DEPLOYMENT_SERVICES_IMAGING"),
    (259, "FACILITY_DEPLOYMENT_SERVICES_MANAGEMENT"),
    (260, "FACILITY_DEPLOYMENT_SERVICES_UTIL"),
    (261, "FACILITY_DEPLOYMENT_SERVICES_BINLSVC"),
    (263, "FACILITY_DEPLOYMENT_SERVICES_PXE"),
    (264, "FACILITY_DEPLOYMENT_SERVICES_TFTP"),
    (272, "FACILITY_DEPLOYMENT_SERVICES_TRANSPORT_MANAGEMENT"),
    (278, "FACILITY_DEPLOYMENT_SERVICES_DRIVER_PROVISIONING"),
    (289, "FACILITY_DEPLOYMENT_SERVICES_MULTICAST_SERVER"),
    (290, "FACILITY_DEPLOYMENT_SERVICES_MULTICAST_CLIENT"),
    (293, "FACILITY_DEPLOYMENT_SERVICES_CONTENT_PROVIDER"),
    (296, "FACILITY_HSP_SERVICES"),
    (297, "FACILITY_HSP_SOFTWARE"),
    (305, "FACILITY_LINGUISTIC_SERVICES"),
    (885, "FACILITY_WEB"),
    (886, "FACILITY_WEB_SOCKET"),
    (1094, "FACILITY_AUDIOSTREAMING"),
    (1490, "FACILITY_TTD"),
    (1536, "FACILITY_ACCELERATOR"),
    (1793, "FACILITY_MOBILE"),
    (1967, "FACILITY_SQLITE"),
    (1968, "FACILITY_SERVICE_FABRIC"),
    (1989, "FACILITY_UTC"),
    (1996, "FACILITY_WMAAECMA"),
    (2049, "FACILITY_WEP"),
    (2050, "FACILITY_SYNCENGINE"),
    (2168, "FACILITY_DIRECTMUSIC"),
    (2169, "FACILITY_DIRECT3D10"),
    (2170, "FACILITY_DXGI"),
    (2171, "FACILITY_DXGI_DDI"),
    (2172, "FACILITY_DIRECT3D11"),
    (2173, "FACILITY_DIRECT3D11_DEBUG"),
    (2174, "FACILITY_DIRECT3D12"),
    (2175, "FACILITY_DIRECT3D12_DEBUG"),
    (2176, "FACILITY_DXCORE"),
    (2177, "FACILITY_PRESENTATION"),
    (2184, "FACILITY_LEAP"),
    (2185, "FACILITY_AUDCLNT"),
    (2192, "FACILITY_WINML"),
    (2200, "FACILITY_WINCODEC_DWRITE_DWM"),
    (2201, "FACILITY_DIRECT2D"),
    (2304, "FACILITY_DEFRAG"),
    (2305, "FACILITY_USERMODE_SDBUS"),
    (2306, "FACILITY_JSCRIPT"),
    (2339, "FACILITY_XBOX"),
    (2340, "FACILITY_GAME"),
    (2561, "FACILITY_PIDGENX"),
    (2748, "FACILITY_PIX"),
];

impl Facility {
    /// The `FACILITY_*` name, when the number is a well-known facility.
    pub const fn name(self) -> Option<&'static str> {
        let mut i = 0;
        while i < FACILITY_NAMES.len() {
            if FACILITY_NAMES[i].0 == self.0 {
                return Some(FACILITY_NAMES[i].1);
            }
            i += 1;
        }
        None
    }
}

impl fmt::Display for Facility {
    /// `FACILITY_WIN32 (7)`, or the number alone for an unknown facility.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{name} ({})", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

/// A number as people write error codes: decimal `1312`, hex `0x520`/`0X520`, hex with an
/// `h` suffix `520h`, or a negative decimal HRESULT `-2147023584` (read as its 32 bits).
///
/// ```
/// use win_errors::{parse_number, NumberError};
///
/// assert_eq!(parse_number("1312"), Ok(1312));
/// assert_eq!(parse_number("0x520"), Ok(1312));
/// assert_eq!(parse_number("520h"), Ok(1312));
/// assert_eq!(parse_number("-2147023584"), Ok(0x8007_0520));
/// assert_eq!(parse_number("4294967296"), Err(NumberError::OutOfRange));
/// assert_eq!(parse_number("12ab"), Err(NumberError::NotANumber));
/// ```
pub fn parse_number(text: &str) -> Result<u32, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let hex = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .or_else(|| text.strip_suffix('h'))
        .or_else(|| text.strip_suffix('H'));
    if let Some(digits) = hex {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NumberError::NotANumber);
        }
        return u32::from_str_radix(digits, 16).map_err(|_| NumberError::OutOfRange);
    }
    if let Some(digits) = text.strip_prefix('-') {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
        return text
            .parse::<i32>()
            .map(|n| n as u32)
            .map_err(|_| NumberError::OutOfRange);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    text.parse::<u32>().map_err(|_| NumberError::OutOfRange)
}

/// Why [`parse_number`] rejected a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberError {
    /// Nothing but whitespace.
    Empty,
    /// Not decimal digits, `0x` hex, `h`-suffixed hex or a negative decimal.
    NotANumber,
    /// A number beyond both `u32` and `i32`.
    OutOfRange,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "the text is empty",
            NumberError::NotANumber => {
                "not a decimal, 0x hexadecimal or h-suffixed hexadecimal number"
            }
            NumberError::OutOfRange => "the number is beyond both u32 and i32",
        })
    }
}

impl core::error::Error for NumberError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_win32_follows_the_c_macro() {
        assert_eq!(Hresult::from_win32(0), Hresult(0));
        assert_eq!(Hresult::from_win32(5), Hresult(0x8007_0005));
        assert_eq!(Hresult::from_win32(0x8007_0005), Hresult(0x8007_0005));
        assert_eq!(Hresult::from_win32(0x1_0005), Hresult(0x8007_0005));
    }

    #[test]
    fn decoding() {
        let hr = Hresult(0x8004_1001);
        assert!(hr.is_failure());
        assert_eq!(hr.severity(), Severity::Failure);
        assert_eq!(Hresult(1).severity(), Severity::Success);
        assert_eq!(hr.facility(), Facility(4));
        assert_eq!(hr.facility().to_string(), "FACILITY_ITF (4)");
        assert_eq!(hr.code(), 0x1001);
        assert_eq!(hr.win32(), None);
        assert_eq!(
            Hresult(0x0007_0005).win32(),
            None,
            "a success is no Win32 error"
        );
        assert_eq!(Facility(999).to_string(), "999");
        assert_eq!(Facility(999).name(), None);
        assert_eq!(Hresult::from(-2_147_024_891i32), Hresult(0x8007_0005));
        assert_eq!(Hresult(5).to_string(), "0x00000005");
    }

    #[test]
    fn numbers_in_every_form() {
        assert_eq!(parse_number(" 0X520 "), Ok(1312));
        assert_eq!(parse_number("520H"), Ok(1312));
        assert_eq!(parse_number("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_number("-1"), Ok(u32::MAX));
        assert_eq!(parse_number("-2147483648"), Ok(0x8000_0000));
        assert_eq!(parse_number("-2147483649"), Err(NumberError::OutOfRange));
        assert_eq!(parse_number("0x100000000"), Err(NumberError::OutOfRange));
        for bad in [
            "", "  ", "0x", "h", "-", "1.5", "+5", "ERROR_X", "0xg", "--1",
        ] {
            assert!(parse_number(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_number(""), Err(NumberError::Empty));
    }
}
