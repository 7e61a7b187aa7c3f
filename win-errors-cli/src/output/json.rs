//! JSON for scripts: one object per line, one schema for every command. An entry is a
//! [`JsonEntry`] wherever it appears: a lookup adds the `reading` of the query, `scan` the
//! place of each finding and its reading ([`JsonFinding`]), `scan --summary` the count
//! ([`JsonCount`]).

use serde::Serialize;
use win_errors_core::{CodeSpace, Entry, Reading};

use super::Envelope;

/// One value as one line of JSON.
pub fn line(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}")) + "\n"
}

/// A 32-bit code as every hex field of the schema spells it: `0x` and eight upper-case digits
/// (`0x00000520`, `0x80070005`), as `Hresult` and `NtStatusCode` display theirs.
fn hex32(code: u32) -> String {
    format!("0x{code:08X}")
}

/// An entry in JSON. Field names are stable.
#[derive(Debug, Serialize)]
pub struct JsonEntry {
    /// The query that found it, as given (lookups only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// `true`: a lookup's result (a miss is a [`JsonMiss`]); absent for `--search`, `--list`
    /// and `scan`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<bool>,
    /// The catalog type: `WinError`, `ComError`, `NtStatus`, ... (`win-errors --as`).
    pub catalog: &'static str,
    /// The code space: `win32`, `hresult`, `ntstatus`, ... (`win-errors --as`).
    pub space: &'static str,
    /// The symbolic name; for an entry known by its code alone, the code as written.
    pub name: &'static str,
    /// Other names of the code.
    pub aliases: Vec<&'static str>,
    /// The code's 32 bits, decimal.
    pub code: u32,
    /// The code, `0x` and eight hex digits, as every hex number in this schema.
    pub hex: String,
    /// The code a documentation gives the entry where it differs from `hex`, the one Windows
    /// returns, `0x` and eight hex digits; null for the others.
    pub documented_code: Option<String>,
    /// The code's 32 bits as a signed decimal (an exit code, a signed HRESULT, an ESE error).
    pub signed: i32,
    /// The code as an HRESULT, `0x` and eight hex digits; null in a space without an
    /// HRESULT form (ESE, PDH, MCI, Windows Installer).
    pub hresult: Option<String>,
    /// The title shown above the message, or null.
    pub caption: Option<&'static str>,
    /// The message, or null when the catalog knows none.
    pub message: Option<&'static str>,
    /// The description, or null.
    pub description: Option<&'static str>,
    /// The error family the entry is documented in, or null.
    pub family: Option<&'static str>,
    /// The related entries.
    pub related: Vec<JsonRelated>,
    /// What the code technically means, or null.
    pub meaning: Option<&'static str>,
    /// Where the code typically arises, or null.
    pub context: Option<&'static str>,
    /// Steps to check or fix, in order.
    pub remedies: Vec<&'static str>,
    /// Questions and answers.
    pub faq: Vec<JsonFaq>,
    /// The values that come with the code (a bug check's parameters), in order.
    pub parameters: Vec<JsonParameter>,
    /// The entry in a sentence or two, or null.
    pub summary: Option<&'static str>,
    /// The HRESULT the query gave, when it carried the entry's code or was the entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queried_hresult: Option<String>,
    /// The NTSTATUS the query gave, when it was one wrapping a Win32 error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queried_ntstatus: Option<String>,
    /// How the query or the log's text was read to find this entry; absent for `--list` and
    /// `--search`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<JsonReading>,
    /// The name and the code the query writes side by side, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pair: Option<JsonPair>,
    /// The extend code the query writes after a Windows setup result code, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extend: Option<JsonExtend>,
    /// The arguments the query writes after the code (a bug check's), explained.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub arguments: Vec<JsonArgument>,
}

impl JsonEntry {
    /// `entry`, found by `reading` when a query or a log found it.
    pub fn new(entry: Entry, reading: Option<Reading>) -> Self {
        let envelope = reading.and_then(Envelope::of);
        let queried_hresult = match envelope {
            Some(Envelope::Hresult(hresult)) => Some(hresult.to_string()),
            _ => None,
        };
        let queried_ntstatus = match envelope {
            Some(Envelope::NtStatus(status)) => Some(status.to_string()),
            _ => None,
        };
        JsonEntry {
            query: None,
            found: None,
            catalog: entry.catalog(),
            space: entry.space().name(),
            name: entry.name(),
            aliases: entry.aliases().collect(),
            code: entry.code(),
            hex: hex32(entry.code()),
            documented_code: entry.documented_code().map(hex32),
            signed: entry.code().cast_signed(),
            hresult: entry.hresult().map(|h| h.to_string()),
            caption: entry.caption(),
            message: entry.message(),
            description: entry.description(),
            family: entry.family(),
            related: entry.related().map(JsonRelated::new).collect(),
            meaning: entry.meaning(),
            context: entry.context(),
            remedies: entry.remedies().collect(),
            faq: entry
                .faq()
                .map(|item| JsonFaq {
                    question: item.question,
                    answer: item.answer,
                })
                .collect(),
            parameters: entry.parameters().map(JsonParameter::new).collect(),
            summary: entry.summary(),
            queried_hresult,
            queried_ntstatus,
            reading: reading.map(JsonReading::new),
            pair: None,
            extend: None,
            arguments: Vec::new(),
        }
    }
}

/// A name and a code written side by side, in JSON: `{"name": "E_ACCESSDENIED", "code":
/// "0x80070005", "agree": true}`, each as written.
#[derive(Debug, Serialize)]
pub struct JsonPair {
    /// The name, as written.
    pub name: String,
    /// The code, as written.
    pub code: String,
    /// Whether the code is the named entry in one of its readings.
    pub agree: bool,
}

impl JsonPair {
    /// The pairing, in JSON.
    pub fn new(pairing: &super::Pairing) -> Self {
        JsonPair {
            name: pairing.name.clone(),
            code: pairing.code.clone(),
            agree: pairing.agree,
        }
    }
}

/// An extend code, in JSON: `{"code": "0x20017", "phase": "SP_EXECUTION_SAFE_OS",
/// "operation": "SP_EXECUTION_OP_BOOT"}`, `null` for a digit the tables do not list.
#[derive(Debug, Serialize)]
pub struct JsonExtend {
    /// The extend code, in hex.
    pub code: String,
    /// The phase of its first digit.
    pub phase: Option<&'static str>,
    /// The operation of its last two digits.
    pub operation: Option<&'static str>,
}

impl JsonExtend {
    /// The extend code, in JSON.
    pub fn new(extend: win_errors_core::SetupExtend) -> Self {
        JsonExtend {
            code: format!("0x{:X}", extend.code()),
            phase: extend.phase(),
            operation: extend.operation(),
        }
    }
}

/// A parameter, in JSON: `{"index": 1, "description": ..., "values": [{"value": "0x3",
/// "meaning": ..., "arg2": ...}]}`.
#[derive(Debug, Serialize)]
pub struct JsonParameter {
    /// Its number, 1 to 4.
    pub index: u8,
    /// What it holds, or null.
    pub description: Option<&'static str>,
    /// The values the catalog explains.
    pub values: Vec<JsonParameterValue>,
}

/// A value of a parameter, in JSON; `arg1` to `arg4` only where the catalog says.
#[derive(Debug, Serialize)]
pub struct JsonParameterValue {
    /// The value as the catalog writes it.
    pub value: &'static str,
    /// What it means, or null.
    pub meaning: Option<&'static str>,
    /// What parameter 1 holds then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arg1: Option<&'static str>,
    /// What parameter 2 holds then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arg2: Option<&'static str>,
    /// What parameter 3 holds then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arg3: Option<&'static str>,
    /// What parameter 4 holds then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arg4: Option<&'static str>,
}

impl JsonParameter {
    /// The parameter, in JSON.
    pub fn new(parameter: win_errors_core::Parameter) -> Self {
        JsonParameter {
            index: parameter.index,
            description: parameter.description,
            values: parameter
                .values
                .map(|value| {
                    let [arg1, arg2, arg3, arg4] = value.arguments;
                    JsonParameterValue {
                        value: value.value,
                        meaning: value.meaning,
                        arg1,
                        arg2,
                        arg3,
                        arg4,
                    }
                })
                .collect(),
        }
    }
}

/// An argument explained, in JSON: `{"index": 1, "value": "0x3", "description": ...,
/// "meaning": ...}`.
#[derive(Debug, Serialize)]
pub struct JsonArgument {
    /// Its number, 1 to 4.
    pub index: u8,
    /// Its value, in hex.
    pub value: String,
    /// What the parameter holds for this code and these values, or null.
    pub description: Option<&'static str>,
    /// What the value means, where the catalog tabulates it, or null.
    pub meaning: Option<&'static str>,
}

impl JsonArgument {
    /// The argument, in JSON.
    pub fn new(argument: win_errors_core::Argument) -> Self {
        JsonArgument {
            index: argument.index,
            value: format!("0x{:X}", argument.value),
            description: argument.description,
            meaning: argument.meaning,
        }
    }
}

/// A query that found nothing, in JSON: `{"query": ..., "found": false, "error": why}`.
#[derive(Debug, Serialize)]
pub struct JsonMiss<'a> {
    /// The query, as given.
    pub query: &'a str,
    /// Always `false`.
    pub found: bool,
    /// Why nothing was found, as stderr says it.
    pub error: &'a str,
}

/// A reading in JSON.
#[derive(Debug, Serialize)]
pub struct JsonReading {
    /// The space the code was read in (`win32`, `hresult`, ...).
    pub space: &'static str,
    /// The space of the code that carried it, or null.
    pub carried_in: Option<&'static str>,
    /// How the text was written: `decimal`, `signed decimal`, `hex`, `h-suffixed hex`,
    /// `bare hex` or `name`.
    pub form: &'static str,
    /// The 32 bits the text was read as, eight hex digits.
    pub number: String,
}

impl JsonReading {
    fn new(reading: Reading) -> Self {
        JsonReading {
            space: reading.space.name(),
            carried_in: reading.carried_in.map(CodeSpace::name),
            form: reading.form.name(),
            number: hex32(reading.number),
        }
    }
}

/// A related entry in JSON.
#[derive(Debug, Serialize)]
pub struct JsonRelated {
    /// The symbolic name.
    pub name: &'static str,
    /// The code, decimal.
    pub code: u32,
    /// The code, `0x` and eight hex digits.
    pub hex: String,
    /// The message, or null when the catalog knows none.
    pub message: Option<&'static str>,
}

impl JsonRelated {
    fn new(entry: Entry) -> Self {
        JsonRelated {
            name: entry.name(),
            code: entry.code(),
            hex: hex32(entry.code()),
            message: entry.message(),
        }
    }
}

/// A FAQ item in JSON.
#[derive(Debug, Serialize)]
pub struct JsonFaq {
    /// The question.
    pub question: &'static str,
    /// Its answer.
    pub answer: &'static str,
}

/// A code `scan` found in a log: where, as written, and the entry with its reading.
#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    /// The file, or `-` for standard input.
    pub file: &'a str,
    /// 1-based.
    pub line: u64,
    /// 1-based, in bytes.
    pub column: usize,
    /// The code as written in the log.
    pub text: &'a str,
    /// What placed the code in its space: `"shape"` (the number alone), `"word"` (the words
    /// before it), `"line"` (the rest of the line) or `"name"` (its symbolic name).
    pub cue: &'static str,
    /// The entry, with the reading of `text` that found it.
    #[serde(flatten)]
    pub entry: JsonEntry,
}

/// A distinct code of `scan --summary`: how often, and the entry.
#[derive(Debug, Serialize)]
pub struct JsonCount {
    /// How many times the log has it.
    pub count: u64,
    /// The entry.
    #[serde(flatten)]
    pub entry: JsonEntry,
}
