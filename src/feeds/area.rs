//! Swedish areas as the crisis sources name them: SCB county codes and
//! municipality names reduced for comparison. Used by the parsers (to turn
//! area names into codes) and by [`super::crisis`] (to match them against
//! the office's area).

/// SCB county codes and the stem of each county's name.
const COUNTIES: [(&str, &str); 21] = [
    ("01", "stockholm"),
    ("03", "uppsala"),
    ("04", "södermanland"),
    ("05", "östergötland"),
    ("06", "jönköping"),
    ("07", "kronoberg"),
    ("08", "kalmar"),
    ("09", "gotland"),
    ("10", "blekinge"),
    ("12", "skåne"),
    ("13", "halland"),
    ("14", "västra götaland"),
    ("17", "värmland"),
    ("18", "örebro"),
    ("19", "västmanland"),
    ("20", "dalarna"),
    ("21", "gävleborg"),
    ("22", "västernorrland"),
    ("23", "jämtland"),
    ("24", "västerbotten"),
    ("25", "norrbotten"),
];

/// The SCB code of a county named e.g. "Stockholms län" or "Skåne".
pub fn county_code(name: &str) -> Option<&'static str> {
    let n = name.trim().to_lowercase();
    COUNTIES
        .iter()
        .find(|(_, stem)| n.starts_with(stem))
        .map(|(code, _)| *code)
}

/// A municipality name reduced for comparison: "Botkyrka kommun" ->
/// "name:botkyrka" (a trailing genitive "s" dropped on both sides).
pub fn municipality_key(name: &str) -> String {
    let n = name.trim().to_lowercase();
    let n = n.strip_suffix(" kommun").unwrap_or(&n).trim();
    // Genitive "Stockholms kommun" and plain "Stockholm" compare equal.
    let n = n.strip_suffix('s').unwrap_or(n);
    format!("name:{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn county_names_map_to_codes() {
        assert_eq!(county_code("Stockholms län"), Some("01"));
        assert_eq!(county_code("Västra Götalands län"), Some("14"));
        assert_eq!(county_code("Västernorrlands län"), Some("22"));
        assert_eq!(county_code("Atlantis"), None);
        assert_eq!(municipality_key("Botkyrka kommun"), "name:botkyrka");
        assert_eq!(municipality_key("Stockholms kommun"), "name:stockholm");
    }
}
