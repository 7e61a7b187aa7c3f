//! HRESULT facilities and their `winerror.h` names.

use core::fmt;

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
    /// `FACILITY_WIN32`: the facility of Win32 codes in HRESULT form.
    pub const WIN32: Facility = Facility(7);

    /// The `FACILITY_*` name, when the number is a well-known facility.
    #[inline]
    pub const fn name(self) -> Option<&'static str> {
        name_in(FACILITY_NAMES, self.0)
    }
}

impl fmt::Display for Facility {
    /// `FACILITY_WIN32 (7)`, or the number alone for an unknown facility.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_facility(f, self.name(), self.0)
    }
}

/// The name of facility `number` in a table of `(number, name)`, in a `const fn`.
#[inline]
pub(crate) const fn name_in(table: &[(u16, &'static str)], number: u16) -> Option<&'static str> {
    let mut i = 0;
    while i < table.len() {
        if table[i].0 == number {
            return Some(table[i].1);
        }
        i += 1;
    }
    None
}

/// `NAME (number)`, or the number alone when the facility has no name.
#[inline]
pub(crate) fn write_facility(
    f: &mut fmt::Formatter<'_>,
    name: Option<&str>,
    number: u16,
) -> fmt::Result {
    match name {
        Some(name) => write!(f, "{name} ({number})"),
        None => write!(f, "{number}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facilities_have_their_winerror_names() {
        assert_eq!(Facility::WIN32.name(), Some("FACILITY_WIN32"));
        assert_eq!(Facility(4).to_string(), "FACILITY_ITF (4)");
        assert_eq!(Facility(2170).name(), Some("FACILITY_DXGI"));
        assert_eq!(Facility(999).to_string(), "999");
    }
}
