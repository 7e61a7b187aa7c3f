//! The family importer on fixtures of every page shape, and the merge into a catalog.

use super::*;

fn entry(name: &str, code: u32, message: &str, family: Option<&str>) -> ImportedEntry {
    ImportedEntry {
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
    let merged = merge(&mut entries, vec![wininet, winhttp]);
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
    let entries = column_tables(adsi, "adsi.md", &mut report).unwrap();
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
    let entries = column_tables(wmf, "wmf.md", &mut report).unwrap();
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
    let error = column_tables(odd, "odd.md", &mut report).unwrap_err();
    assert!(
        error.starts_with("odd.md:1: a table without value"),
        "{error}"
    );
    let bad = "| Value | Code | Description |\n|---|---|---|\n| 12 | **E\\_X** | x |\n";
    let error = column_tables(bad, "bad.md", &mut report).unwrap_err();
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
