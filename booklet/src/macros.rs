//! Small internal macros shared by the value types.

/// Implements `Serialize`/`Deserialize` through `Display`/`FromStr`, so the JSON holds the readable string form
/// (an id, `2024-03-01`, `09:30`) instead of the internal number.
macro_rules! serde_as_string {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse()
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(v), &self))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
