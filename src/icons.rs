//! The pictograms shown beside every choice (issue 19), for visitors who
//! read little: Tabler Icons (MIT, `resources/icons/LICENSE-tabler-icons.txt`),
//! outline style, bundled in the binary. Plain Rust: the names and bytes;
//! `ui::icon` draws them.
//!
//! Content names an icon by its file name without `.svg` (`icon =
//! "building-community"`); `content-check` refuses a name that is not here.

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "resources/icons/"]
struct Icons;

/// The SVG source of a bundled icon.
pub fn svg(name: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
    Icons::get(&format!("{name}.svg")).map(|file| file.data)
}

/// Whether `name` is a bundled icon.
pub fn exists(name: &str) -> bool {
    svg(name).is_some()
}

/// Every bundled icon's name, sorted.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = Icons::iter()
        .filter_map(|file| file.strip_suffix(".svg").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// The icons the kiosk's own choices use (not content): Home's tiles, the
/// bar, the synpunkt kinds and topics, the queue's needs. Named here so a
/// test can check that each is bundled.
pub mod ui {
    pub const QUEUE: &str = "ticket";
    pub const GUIDES: &str = "file-pencil";
    pub const SYNPUNKT: &str = "message-circle";
    pub const TOOLS: &str = "device-desktop";
    pub const CONTACTS: &str = "address-book";
    pub const NEWS: &str = "news";
    pub const HOURS: &str = "clock";

    pub const LANGUAGE: &str = "world";
    pub const TEXT_SIZE: &str = "zoom-in";
    pub const CONTRAST: &str = "contrast";
    pub const LISTEN: &str = "volume";
    pub const STOP: &str = "player-stop";
    pub const START_OVER: &str = "home";
    /// Back points against the reading direction: left in left-to-right
    /// languages, right in Arabic and Persian ([`back`]).
    pub const BACK_LTR: &str = "arrow-left";
    pub const BACK_RTL: &str = "arrow-right";
    pub const NEXT_LTR: &str = "arrow-right";
    pub const NEXT_RTL: &str = "arrow-left";

    pub const SEARCH: &str = "search";
    pub const FORMS: &str = "file-text";

    pub const CRISIS: &str = "alert-triangle";
    pub const DONE: &str = "check";
    pub const MORE: &str = "dots";
    pub const MORE_BELOW: &str = "arrow-down";

    pub const COMPLAINT: &str = "mood-sad";
    pub const PRAISE: &str = "mood-happy";
    pub const SUGGESTION: &str = "bulb";

    pub const TREATMENT: &str = "users";
    pub const HANDLING_TIME: &str = "hourglass";
    pub const ACCESSIBILITY: &str = "accessible";
    pub const COMPETENCE: &str = "certificate";
    pub const OTHER: &str = "dots";

    pub const INTERPRETER: &str = "messages";
    pub const NO_INTERPRETER: &str = "messages-off";

    /// An accessibility need at the desk.
    pub fn need(need: crate::contract::AccessibilityNeed) -> &'static str {
        use crate::contract::AccessibilityNeed as N;
        match need {
            N::Wheelchair => "wheelchair",
            N::HearingLoop => "ear",
            N::LowVision => "eyeglass",
            N::QuietPlace => "volume-off",
            N::Other => OTHER,
        }
    }

    /// A queue service the icon table does not know.
    pub const SERVICE: &str = "ticket";

    /// Every name above, for the coverage test.
    pub const ALL: [&str; 35] = [
        QUEUE,
        GUIDES,
        SYNPUNKT,
        TOOLS,
        CONTACTS,
        NEWS,
        HOURS,
        LANGUAGE,
        TEXT_SIZE,
        CONTRAST,
        LISTEN,
        STOP,
        START_OVER,
        BACK_LTR,
        BACK_RTL,
        NEXT_LTR,
        NEXT_RTL,
        CRISIS,
        DONE,
        MORE,
        COMPLAINT,
        PRAISE,
        SUGGESTION,
        TREATMENT,
        HANDLING_TIME,
        ACCESSIBILITY,
        COMPETENCE,
        OTHER,
        SERVICE,
        "info-circle",
        SEARCH,
        FORMS,
        MORE_BELOW,
        INTERPRETER,
        NO_INTERPRETER,
    ];

    /// The back arrow for a direction.
    pub fn back(rtl: bool) -> &'static str {
        if rtl { BACK_RTL } else { BACK_LTR }
    }

    /// The forward arrow for a direction.
    pub fn next(rtl: bool) -> &'static str {
        if rtl { NEXT_RTL } else { NEXT_LTR }
    }

    /// A queue service's icon by its id (the office's services are data
    /// from the central API; an unknown one gets the ticket).
    pub fn service(id: &str) -> &'static str {
        match id {
            "information" => "info-circle",
            "e-services" => "device-laptop",
            "forms" => "file-text",
            "mobility" => "disabled",
            "social-services" => "heart-handshake",
            _ => SERVICE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_the_ui_names_is_bundled_and_is_an_outline_svg() {
        for name in ui::ALL {
            let svg = svg(name).unwrap_or_else(|| panic!("{name}.svg is not bundled"));
            let text = std::str::from_utf8(&svg).unwrap();
            assert!(text.contains("viewBox=\"0 0 24 24\""), "{name}");
            assert!(text.contains("stroke=\"currentColor\""), "{name}");
        }
        use crate::contract::AccessibilityNeed as N;
        let needs = [
            N::Wheelchair,
            N::HearingLoop,
            N::LowVision,
            N::QuietPlace,
            N::Other,
        ];
        let services = [
            "information",
            "e-services",
            "forms",
            "mobility",
            "social-services",
            "x",
        ];
        let named = needs
            .into_iter()
            .map(ui::need)
            .chain(services.into_iter().map(ui::service));
        for name in named {
            assert!(exists(name), "{name}.svg is not bundled");
        }
        assert!(!exists("no-such-icon"));
        assert!(names().contains(&"wheelchair".to_owned()));
    }
}
