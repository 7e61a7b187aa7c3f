//! serde support for every catalog type (feature `serde`): the symbolic name in
//! human-readable formats, the code in compact ones; a name, an alias, a number or a
//! `"0x..."` string when deserializing.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

use crate::ErrorCatalog;

/// Serializes `entry` as its name or its code, by the format's kind.
pub fn serialize<E: ErrorCatalog, S: Serializer>(
    entry: E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(entry.name())
    } else {
        serializer.serialize_u32(entry.code())
    }
}

/// Deserializes an entry from a name, an alias, a code or a code string.
pub fn deserialize<'de, E: ErrorCatalog, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(EntryVisitor(PhantomData))
    } else {
        deserializer.deserialize_u32(EntryVisitor(PhantomData))
    }
}

struct EntryVisitor<E>(PhantomData<E>);

impl<E: ErrorCatalog> EntryVisitor<E> {
    fn by_code<Error: de::Error>(code: u64) -> Result<E, Error> {
        u32::try_from(code)
            .ok()
            .and_then(E::from_code)
            .ok_or_else(|| {
                Error::custom(format_args!(
                    "no {} with code {code} (0x{code:X})",
                    E::TYPE_NAME
                ))
            })
    }
}

impl<E: ErrorCatalog> Visitor<'_> for EntryVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} symbolic name, alias or code", E::TYPE_NAME)
    }

    fn visit_u64<Error: de::Error>(self, code: u64) -> Result<E, Error> {
        Self::by_code(code)
    }

    fn visit_i64<Error: de::Error>(self, code: i64) -> Result<E, Error> {
        // A number that fits an i32 is its 32 bits (a negative one is an HRESULT or
        // NTSTATUS written signed); a larger one is the code itself (TOML's integers are
        // i64: 3221225477).
        match i32::try_from(code) {
            Ok(signed) => Self::by_code(u64::from(signed.cast_unsigned())),
            Err(_) => u64::try_from(code)
                .map_err(|_| Error::custom(format_args!("no {} with code {code}", E::TYPE_NAME)))
                .and_then(Self::by_code),
        }
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        text.parse::<E>().map_err(|problem| {
            Error::custom(format_args!(
                "{text:?} is not a {} entry: {problem}",
                E::TYPE_NAME
            ))
        })
    }
}

/// Implements `Serialize` and `Deserialize` for a catalog type with the functions above.
#[doc(hidden)]
#[macro_export]
macro_rules! impl_serde_on {
    ($ty:ty) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde_serialize(*self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::serde_deserialize(deserializer)
            }
        }
    };
}
