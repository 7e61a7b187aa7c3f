//! The family importer on fixtures of every page shape, and the merge into a catalog.

use super::*;

fn entry(name: &str, code: u32, message: &str, family: Option<&str>) -> EntryDraft {
    EntryDraft {
        family: family.map(str::to_owned),
        name: name.into(),
        code,
        message: Some(message.into()),
        ..Default::default()
    }
}

#[test]
fn merging_adds_new_codes_aliases_other_names_and_lists_conflicts() {
    let mut entries = vec![entry("ERROR_A", 1, "A.", None)];
    let wininet = (
        PAGES[0],
        vec![
            entry("ERROR_INTERNET_X", 12001, "X.", Some("WinINet")),
            entry("ERROR_A", 1, "A.", Some("WinINet")),
        ],
    );
    let winhttp = (
        PAGES[1],
        vec![
            entry("ERROR_WINHTTP_X", 12001, "X differs.", Some("WinHTTP")),
            entry("ERROR_WINHTTP_Y", 12002, "Y.", Some("WinHTTP")),
            entry("ERROR_A", 3, "Clash.", Some("WinHTTP")),
        ],
    );
    let merged = merge(
        &mut entries,
        vec![(wininet.0.family, wininet.1), (winhttp.0.family, winhttp.1)],
    );
    let names: Vec<(&str, u32, Vec<String>, Option<&str>)> = entries
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.code,
                e.aliases.clone(),
                e.family.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("ERROR_A", 1, vec![], Some("WinINet")),
            (
                "ERROR_INTERNET_X",
                12001,
                vec!["ERROR_WINHTTP_X".to_owned()],
                Some("WinINet")
            ),
            ("ERROR_WINHTTP_Y", 12002, vec![], Some("WinHTTP")),
        ]
    );
    let counts: Vec<_> = merged
        .families
        .iter()
        .map(|f| (f.family, f.on_page, f.added, f.aliased, f.present))
        .collect();
    assert_eq!(counts, [("WinINet", 2, 1, 0, 1), ("WinHTTP", 3, 1, 1, 0)]);
    assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);
    assert_eq!(
        entries[1].description.as_deref(),
        Some("WinHTTP documents this code as ERROR_WINHTTP_X: \"X differs.\"")
    );
    assert_eq!(entries[0].description, None);
    assert!(
        merged.conflicts[0]
            .starts_with("0x2EE1: ERROR_INTERNET_X (WinINet) is ERROR_WINHTTP_X in WinHTTP")
    );
    assert!(
        merged.conflicts[1]
            .contains("message \"X.\" (WinINet) differs from \"X differs.\" (WinHTTP)")
    );
    assert!(
        merged.conflicts[2]
            .starts_with("ERROR_A (0x3, WinHTTP) is already the name of another code")
    );
}

#[test]
fn column_tables_of_both_layouts() {
    let adsi = "\
| Value       | Code                         | Description                  | Corrective Action |
|-------------|------------------------------|------------------------------|-------------------|
| 0x00005011L | **S\\_ADS\\_ERRORSOCCURRED**  | During a query, errors.      | Verify.           |
| 0x80005000L | **E\\_ADS\\_BAD\\_PATHNAME**   | An invalid ADSI pathname.    | Verify the path.  |

text between tables
";
    let mut report = Report::default();
    let entries = column_tables(adsi, "adsi.md", false, &mut report).unwrap();
    let got: Vec<(&str, u32, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.code,
                e.message.as_deref().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("S_ADS_ERRORSOCCURRED", 0x5011, "During a query, errors."),
            (
                "E_ADS_BAD_PATHNAME",
                0x8000_5000,
                "An invalid ADSI pathname."
            )
        ]
    );
    let wmf = "\
| Error code             | Hexadecimal value | Description            |
|------------------------|-------------------|------------------------|
| NS\\_E\\_NOCONNECTION    | 0xC00D0005L       | There is no connection. |
";
    let entries = column_tables(wmf, "wmf.md", false, &mut report).unwrap();
    assert_eq!(entries[0].name, "NS_E_NOCONNECTION");
    assert_eq!(entries[0].code, 0xC00D_0005);
}

#[test]
fn table_cells_valued_by_another_error_or_by_nothing() {
    let page = "\
| Constant/value | Description |
|:---|:---|
| <span id=\"D2DERR_INSUFFICIENT_BUFFER\"></span><dl> <dt>**D2DERR\\_INSUFFICIENT\\_BUFFER**</dt> <dt>ERROR\\_INSUFFICIENT\\_BUFFER (Windows error)</dt> </dl> | The supplied buffer is too small.<br/> |
| <span id=\"D2DERR_UNSUPPORTED_PIXEL_FORMAT\"></span><dl> <dt>**D2DERR\\_UNSUPPORTED\\_PIXEL\\_FORMAT**</dt> <dt>WINCODEC\\_ERR\\_UNSUPPORTEDPIXELFORMAT (error in wincodec.h)</dt> </dl> | The pixel format is not supported.<br/> |
| <span id=\"S_OK\"></span><span id=\"s_ok\"></span><dl> <dt>**S\\_OK**</dt> </dl> | |
| <span id=\"D2DERR_BAD_NUMBER\"></span><dl> <dt>**D2DERR\\_BAD\\_NUMBER**</dt> <dt>0x88990011L</dt> </dl> | The number is invalid.<br/> |
";
    let mut report = Report::default();
    let entries = import_page(PAGES[3], page, "d2d.md", &mut report).unwrap();
    let got: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
    assert_eq!(
        got,
        [
            ("D2DERR_INSUFFICIENT_BUFFER", 0x8007_007A),
            ("D2DERR_BAD_NUMBER", 0x8899_0011)
        ]
    );
    assert_eq!(
        report.references,
        [(
            "D2DERR_UNSUPPORTED_PIXEL_FORMAT".to_owned(),
            "WINCODEC_ERR_UNSUPPORTEDPIXELFORMAT".to_owned()
        )]
    );
    assert!(report.counts().contains(&(com_pages::NO_VALUE, 1)));
}

#[test]
fn range_descriptions_are_not_entries() {
    let page = "\
<dl> <dt>

<span id=\"0x80041068_-_0x80041099\"></span>0x80041068 - 0x80041099
</dt> <dd>

Errors that originate in WMI itself.

</dd> <dt>

<span id=\"0x8007xxxx\"></span>0x8007xxxx
</dt> <dd>

Errors originating in the core operating system.

</dd> </dl>

<dl> <dt>

<span id=\"WBEM_E_FAILED\"></span>**WBEM\\_E\\_FAILED**
</dt> <dd> <dl> <dt>

2147749889 (0x80041001)
</dt> <dt>

Call failed.

</dt> </dl> </dd> </dl>
";
    let mut report = Report::default();
    let entries = import_page(PAGES[4], page, "wmi.md", &mut report).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].name.as_str(), entries[0].code),
        ("WBEM_E_FAILED", 0x8004_1001)
    );
    assert!(report.counts().contains(&(com_pages::RANGE, 2)));
}

#[test]
fn unknown_shapes_stop_the_import_with_the_line() {
    let mut report = Report::default();
    let odd = "| Name | Meaning |\n|---|---|\n| A | B |\n";
    let error = column_tables(odd, "odd.md", false, &mut report).unwrap_err();
    assert!(
        error.starts_with("odd.md:1: a table without value"),
        "{error}"
    );
    let bad = "| Value | Code | Description |\n|---|---|---|\n| 12 | **E\\_X** | x |\n";
    let error = column_tables(bad, "bad.md", false, &mut report).unwrap_err();
    assert_eq!(error, "bad.md:3: E_X: 12 is not a hex value");
}

#[test]
fn definition_lists_with_decimal_both_and_missing_values() {
    let page = "\
<dl> <dt>

<span id=\"ERROR_INTERNET_CANNOT_CONNECT\"></span>**ERROR\\_INTERNET\\_CANNOT\\_CONNECT**
</dt> <dd> <dl> <dt>

12029
</dt> <dt>



The attempt to connect to the server failed.


</dt> </dl> </dd> <dt>

<span id=\"WBEM_E_FAILED\"></span>**WBEM\\_E\\_FAILED**
</dt> <dd> <dl> <dt>

2147749889 (0x80041001)
</dt> <dt>



Call failed.


</dt> </dl> </dd> <dt>

<span id=\"ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED\"></span>**ERROR\\_WINHTTP\\_CLIENT\\_AUTH\\_CERT\\_NEEDED**
</dt> <dd> <dl> <dt>



The server requires SSL client Authentication.

</dt> </dl> </dd> </dl>
";
    let mut report = Report::default();
    let page_info = PAGES[0];
    let entries = import_page(page_info, page, "p.md", &mut report).unwrap();
    let got: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
    assert_eq!(
        got,
        [
            ("ERROR_INTERNET_CANNOT_CONNECT", 12029),
            ("WBEM_E_FAILED", 0x8004_1001)
        ]
    );
    let counts = report.counts();
    for kind in [
        com_pages::NO_VALUE,
        com_pages::BOTH_FORMS,
        com_pages::DECIMAL_VALUE,
    ] {
        assert!(counts.contains(&(kind, 1)), "{kind}: {counts:?}");
    }
}

fn page_entries(shape: Shape, text: &str, report: &mut Report) -> Vec<(String, u32, String)> {
    let page = FamilyPage {
        file: "fixture.md",
        family: "Fixture",
        win32: false,
        shape,
    };
    import_page(page, text, "fixture.md", report)
        .unwrap()
        .into_iter()
        .map(|e| (e.name, e.code, e.message.unwrap_or_default()))
        .collect()
}

fn owned(rows: &[(&str, u32, &str)]) -> Vec<(String, u32, String)> {
    rows.iter()
        .map(|&(n, c, m)| (n.to_owned(), c, m.to_owned()))
        .collect()
}

#[test]
fn definition_lists_naming_an_entry_with_its_value() {
    // BITS and Delivery Optimization.
    let text = "<dl> <dt>\n\n<span id=\"BG_S_PARTIAL_COMPLETE__0x00200017_\"></span>BG\\_S\\_PARTIAL\\_COMPLETE (0x00200017)\n</dt> <dd>\nA subset of the job's files\ntransferred.\n</dd> <dt>\n\n<span id=\"DO_E_NO_SERVICE__0x80d01001_\"></span>DO_E_NO_SERVICE (0x80d01001)\n</dt> <dd>\n\nNo service.\n\n</dd> </dl>\n";
    let mut report = Report::default();
    assert_eq!(
        page_entries(Shape::ComLike, text, &mut report),
        owned(&[
            (
                "BG_S_PARTIAL_COMPLETE",
                0x0020_0017,
                "A subset of the job's files transferred."
            ),
            ("DO_E_NO_SERVICE", 0x80D0_1001, "No service."),
        ])
    );
    assert_eq!(report.irregularities[com_pages::NAME_VALUE_ANCHOR].len(), 2);
}

#[test]
fn values_written_as_c_casts_and_html_bold_names() {
    // NAP's `_HRESULT_TYPEDEF_`, IMAPI's `(HRESULT)` (one with a stray parenthesis), and
    // `<strong>` names with inline HTML in the message.
    let text = "<span id=\"NAP_E_INVALID_PACKET\"></span><span id=\"nap_e_invalid_packet\"></span>**NAP\\_E\\_INVALID\\_PACKET**\n</dt> <dd> <dl> <dt>\n\n\\_HRESULT\\_TYPEDEF\\_(0x80270001L)\n</dt> <dt>\n\n\nThe packet is invalid.\n\n</dt> </dl> </dd> <dt>\n\n\
| <span id=\"E_IMAPI_X\"></span><dl><dt><strong>E_IMAPI_X</strong></dt><dt>(HRESULT)0xC0AA0007L</dt></dl> | A <strong>burn</strong> failed.<br /> | \n\
| <span id=\"E_IMAPI_Y\"></span><dl><dt><strong>E_IMAPI_Y</strong></dt><dt>(HRESULT)0xC0AAB201L)</dt></dl> | No descriptor.<br /> | \n";
    let mut report = Report::default();
    assert_eq!(
        page_entries(Shape::ComLike, text, &mut report),
        owned(&[
            (
                "NAP_E_INVALID_PACKET",
                0x8027_0001,
                "The packet is invalid."
            ),
            ("E_IMAPI_X", 0xC0AA_0007, "A burn failed."),
            ("E_IMAPI_Y", 0xC0AA_B201, "No descriptor."),
        ])
    );
    assert_eq!(report.irregularities[com_pages::CAST_VALUE].len(), 3);
    assert_eq!(
        report.irregularities[com_pages::STRAY_PARENTHESIS],
        ["E_IMAPI_Y"]
    );
}

#[test]
fn an_escaped_pipe_is_text_not_a_cell() {
    // Virtual PC's page.
    let text = "| <span id=\"VM_E_X\"></span><dl> <dt>**VM\\_E\\_X**</dt> <dt>0xA0040402</dt> </dl> | One of \"\\*?:<>/\\|\\\\\"\".<br/> |\n";
    let mut report = Report::default();
    assert_eq!(
        page_entries(Shape::ComLike, text, &mut report),
        owned(&[("VM_E_X", 0xA004_0402, "One of \"*?:<>/|\\\"\".")])
    );
    assert_eq!(report.irregularities[com_pages::ESCAPED_PIPE], ["VM_E_X"]);
}

#[test]
fn a_name_with_a_stray_word_keeps_the_name() {
    // VDS's page.
    let text = "| Error Code | Value | Description |\n|---|---|---|\n| VDS\\_E\\_INVALID\\_DRIVE\\_LETTER VDS | 0x8004255EL | The drive letter is not valid. |\n";
    let mut report = Report::default();
    assert_eq!(
        page_entries(Shape::Columns, text, &mut report),
        owned(&[(
            "VDS_E_INVALID_DRIVE_LETTER",
            0x8004_255E,
            "The drive letter is not valid."
        )])
    );
    assert_eq!(report.irregularities[STRAY_WORD].len(), 1);
}

#[test]
fn codes_given_apart_from_their_facility() {
    let text = "| <span id=\"FACILITY_DRT\"></span><dl> <dt>**FACILITY\\_DRT**</dt> <dt>0x98</dt> </dl> | |\n\
| <span id=\"DRT_E_TIMEOUT\"></span><dl> <dt>**DRT\\_E\\_TIMEOUT**</dt> <dt>0x1001</dt> </dl> | Timed out.<br/> |\n\
| <span id=\"DRT_S_RETRY\"></span><dl> <dt>**DRT\\_S\\_RETRY**</dt> <dt>0x1080</dt> </dl> | Retry.<br/> |\n";
    let rows = |defined: Option<u32>, report: &mut Report| {
        hresults_in_facility(text, "drt.md", report, |name| {
            defined.filter(|_| name == "FACILITY_DRT")
        })
        .unwrap()
        .into_iter()
        .map(|e| (e.name, e.code))
        .collect::<Vec<_>>()
    };
    // As the page writes it, and as windows-sys defines the facility (98, not 0x98).
    let mut report = Report::default();
    assert_eq!(
        rows(None, &mut report),
        [
            ("DRT_E_TIMEOUT".to_owned(), 0x8098_1001),
            ("DRT_S_RETRY".to_owned(), 0x0098_1080)
        ]
    );
    assert!(
        !report
            .irregularities
            .contains_key(FACILITY_FROM_WINDOWS_SYS)
    );
    assert_eq!(
        rows(Some(98), &mut report),
        [
            ("DRT_E_TIMEOUT".to_owned(), 0x8062_1001),
            ("DRT_S_RETRY".to_owned(), 0x0062_1080)
        ]
    );
    assert_eq!(report.irregularities[FACILITY_FROM_WINDOWS_SYS].len(), 1);
    // A row that is neither an error nor a success stops the import.
    let odd = text.replace("DRT\\_S\\_RETRY", "DRT\\_RETRY");
    assert!(hresults_in_facility(&odd, "drt.md", &mut report, |_| None).is_err());
}

#[test]
fn win32_tables_with_decimal_codes_and_a_name_column() {
    // Network Management: `| Code | Description | Name |`.
    let text = "| Code | Description | Name |\n|------|-------------|------|\n| 2221 | The user name could not be found. | NERR\\_UserNotFound |\n";
    let page = FamilyPage {
        file: "netmgmt.md",
        family: "Network Management",
        win32: true,
        shape: Shape::Columns,
    };
    let mut report = Report::default();
    let entries = import_page(page, text, "netmgmt.md", &mut report).unwrap();
    assert_eq!(
        entries
            .iter()
            .map(|e| (e.name.as_str(), e.code, e.message.as_deref()))
            .collect::<Vec<_>>(),
        [(
            "NERR_UserNotFound",
            2221,
            Some("The user name could not be found.")
        )]
    );
    // Decimal is read only where codes are Win32 codes.
    let hresults = FamilyPage {
        win32: false,
        ..page
    };
    assert!(import_page(hresults, text, "netmgmt.md", &mut report).is_err());
}

#[test]
fn one_cell_holding_the_value_and_the_name() {
    // PDH: `| 0x800007D0 (PDH\_CSTATUS\_NO\_MACHINE) | ... |`.
    let text = "| Error code | Description\n|---|---\n| 0x800007D0 (PDH\\_CSTATUS\\_NO\\_MACHINE) | Unable to connect.\n| 0x00000000 (PDH\\_CSTATUS\\_VALID\\_DATA) | Valid.\n";
    let mut report = Report::default();
    assert_eq!(
        page_entries(Shape::Columns, text, &mut report),
        owned(&[
            ("PDH_CSTATUS_NO_MACHINE", 0x8000_07D0, "Unable to connect."),
            ("PDH_CSTATUS_VALID_DATA", 0, "Valid."),
        ])
    );
    let broken = text.replace(" (PDH\\_CSTATUS\\_NO\\_MACHINE)", "");
    let page = FamilyPage {
        file: "pdh.md",
        family: "PDH",
        win32: false,
        shape: Shape::Columns,
    };
    assert!(import_page(page, &broken, "pdh.md", &mut report).is_err());
}

#[test]
fn names_without_values_take_windows_sys_values_or_are_left_out() {
    // WMDM: names and descriptions only, and an MTP table of values without names.
    let text = "| Return code | Description |\n|---|---|\n| NS\\_E\\_NOT\\_LICENSED | Not licensed. |\n| WMDM\\_E\\_BUSY | The device is busy. |\n\n| HRESULT | MTP response code | Details |\n|---|---|---|\n| 0x80042003 | 0x2003 | Session not open. |\n";
    let mut report = Report::default();
    let entries = names_valued_by(text, "wmdm.md", &mut report, |name| {
        (name == "NS_E_NOT_LICENSED").then_some(0xC00D_00CD)
    })
    .unwrap();
    assert_eq!(
        entries
            .iter()
            .map(|e| (e.name.as_str(), e.code))
            .collect::<Vec<_>>(),
        [("NS_E_NOT_LICENSED", 0xC00D_00CD)]
    );
    assert_eq!(report.irregularities[NO_VALUE_ANYWHERE], ["WMDM_E_BUSY"]);
    assert_eq!(report.irregularities[NO_NAME], ["0x80042003"]);
    let unknown = "| Something | Else |\n|---|---|\n";
    assert!(names_valued_by(unknown, "x.md", &mut report, |_| None).is_err());
}
