//! Importer of the error-family pages (`families/<Folder>--<page>.md`): WinINet and WinHTTP
//! (Win32 codes), DXGI, Direct2D, WMI, DirectShow, Windows Media Format, ADSI and WFP
//! (HRESULTs).
//!
//! Three page shapes: the COM pages' table rows and definition lists (read by
//! [`crate::com_pages::import_page`], with decimal values and `decimal (0xhex)` pairs), and
//! Markdown tables with named columns (`| Value | Code | Description |` or
//! `| Error code | Hexadecimal value | Description |`). Each page is read with the shape it
//! is listed with below; a page of another shape stops the import.
//!
//! This module lists the pages and reads each with its shape; `tables` reads the Markdown
//! tables, `facility` DRT's codes within a facility, and `merge` joins the pages' entries to
//! a catalog's.

mod facility;
mod merge;
mod tables;

use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use crate::com_pages;
use crate::pages::{Report, read_pages};

pub use facility::{FACILITY_FROM_WINDOWS_SYS, hresults_in_facility};
pub use merge::{FamilyMerge, Merged, merge};
pub use tables::{
    NO_NAME, NO_VALUE_ANYWHERE, STRAY_WORD, TableRow, VALUE_FROM_WINDOWS_SYS, column_tables,
    names_valued_by, table_rows,
};

/// How a page lays out its entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Table rows or definition lists, as on the COM Error Codes pages.
    ComLike,
    /// A Markdown table with a value, a name and a description column.
    Columns,
    /// A table of names and descriptions without values (`| Return code | Description |`):
    /// each name's value is windows-sys's, and a name it lacks is left out.
    NamesOnly,
    /// COM-like table rows giving a facility (`FACILITY_DRT`) and then each entry's code
    /// within it: the HRESULT is the entry's severity (`_E_` or `_S_` in its name), that
    /// facility and the code.
    FacilityAndCodes,
}

/// One family page.
#[derive(Clone, Copy, Debug)]
pub struct FamilyPage {
    /// The file name in the families folder.
    pub file: &'static str,
    /// The family name entries get.
    pub family: &'static str,
    /// Whether its codes are Win32 codes (`GetLastError`) rather than HRESULTs.
    pub win32: bool,
    pub shape: Shape,
}

/// Every family page, in the order their entries take precedence where codes coincide.
pub const PAGES: &[FamilyPage] = &[
    FamilyPage {
        file: "WinInet--wininet-errors.md",
        family: "WinINet",
        win32: true,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WinHttp--error-messages.md",
        family: "WinHTTP",
        win32: true,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "NetMgmt--network-management-error-codes.md",
        family: "Network Management",
        win32: true,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "direct3ddxgi--dxgi-error.md",
        family: "DXGI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Direct2D--direct2d-error-codes.md",
        family: "Direct2D",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WmiSdk--wmi-error-constants.md",
        family: "WMI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "DirectShow--error-and-success-codes.md",
        family: "DirectShow",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "wmformat--error-codes.md",
        family: "Windows Media Format",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "ADSI--generic-adsi-error-codes.md",
        family: "ADSI",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "FWP--wfp-error-codes.md",
        family: "WFP",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Wua_Sdk--wua-success-and-error-codes-.md",
        family: "Windows Update",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Wua_Sdk--wua-networking-error-codes-.md",
        family: "Windows Update",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "imapi--imapiv1-result-codes.md",
        family: "IMAPI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "printdocs--xps-digital-signatures-errors.md",
        family: "XPS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "SecBioMet--client-error-codes.md",
        family: "Windows Biometric Framework",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "eaphost--eap-related-error-and-information-constants.md",
        family: "EAPHost",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "TSF--manager-return-values.md",
        family: "Text Services Framework",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "SecCrypto--cryptxml-error-codes.md",
        family: "CryptXML",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Bits--bits-return-values.md",
        family: "BITS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "delivery_optimization--do-return-values.md",
        family: "Delivery Optimization",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "VDS--virtual-disk-service-common-return-codes.md",
        family: "VDS",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "imapi--imapi-return-values.md",
        family: "IMAPI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "printdocs--xps-document-errors.md",
        family: "XPS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "VPC--hresult-codes-specific-to-windows-virtual-pc.md",
        family: "Virtual PC",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "P2PSdk--distributed-routing-table-return-values.md",
        family: "DRT",
        win32: false,
        shape: Shape::FacilityAndCodes,
    },
    FamilyPage {
        file: "NAP--nap-error-constants.md",
        family: "NAP",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WMDM--error-codes.md",
        family: "WMDM",
        win32: false,
        shape: Shape::NamesOnly,
    },
];

pub const SAME_PAGE_VALUE: &str =
    "names given the value of an earlier name on the same page (kept as an alias of it)";

/// The entries of every page in `dir` whose codes are Win32 codes (`win32`) or HRESULTs,
/// each with its family, in page order; per page, a second name for a value becomes an alias.
pub fn import_families(
    dir: &Path,
    win32: bool,
    report: &mut Report,
) -> Result<Vec<(FamilyPage, Vec<EntryDraft>)>, String> {
    let pages: Vec<FamilyPage> = PAGES.iter().copied().filter(|p| p.win32 == win32).collect();
    let paths: Vec<std::path::PathBuf> = pages.iter().map(|p| dir.join(p.file)).collect();
    let mut out = Vec::new();
    for (page, (file, text)) in pages.into_iter().zip(read_pages(&paths)?) {
        let entries = import_page(page, &text, &file, report)?;
        let mut merged: Vec<EntryDraft> = Vec::new();
        for mut entry in entries {
            entry.family = Some(page.family.to_owned());
            com_pages::add_or_alias(&mut merged, entry, report, SAME_PAGE_VALUE);
        }
        out.push((page, merged));
    }
    Ok(out)
}

/// One page of its listed shape.
pub fn import_page(
    page: FamilyPage,
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<EntryDraft>, String> {
    match page.shape {
        Shape::ComLike => com_pages::import_page(text, file, report),
        Shape::Columns => column_tables(text, file, page.win32, report),
        Shape::FacilityAndCodes => facility::facility_and_codes(text, file, report),
        Shape::NamesOnly => {
            let defined = crate::windows_sys::workspace_constants()?;
            names_valued_by(text, file, report, |name| defined.get(name).copied())
        }
    }
}

#[cfg(test)]
mod tests;
