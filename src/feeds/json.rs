//! Lenient access to the JSON of the crisis sources (VMA, Krisinformation):
//! keys in any case, `null` as absent, a value where a list may be.

use serde_json::Value;

/// A field by name, case-insensitive; `null` counts as absent.
pub(crate) fn field<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    let obj = v.as_object()?;
    obj.get(name)
        .or_else(|| {
            obj.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
        .filter(|v| !v.is_null())
}

/// A string field (numbers and booleans are turned into text).
pub(crate) fn str_field(v: &Value, name: &str) -> String {
    match field(v, name) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A field that may be one value or a list of them.
pub(crate) fn list_field<'a>(v: &'a Value, name: &str) -> Vec<&'a Value> {
    match field(v, name) {
        Some(Value::Array(items)) => items.iter().filter(|i| !i.is_null()).take(200).collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    }
}
