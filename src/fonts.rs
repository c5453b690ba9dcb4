//! The bundled Noto fonts (`resources/fonts`, SIL OFL 1.1), in the program
//! once: the kiosk's text system draws with them (`ui::fonts`) and the
//! central API's pages serve them (`/assets/fonts/{name}`). The kiosk never
//! relies on the machine's fonts: every script it offers is covered here.

/// One bundled font file.
pub struct FontFile {
    /// The file name, as the pages' `@font-face` asks for it.
    pub name: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        [$(FontFile {
            name: $name,
            bytes: include_bytes!(concat!("../resources/fonts/", $name)),
        }),*]
    };
}

/// Every bundled font file.
pub const FILES: [FontFile; 6] = bundled![
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
];

/// The bundled font file called `name`.
pub fn by_name(name: &str) -> Option<&'static [u8]> {
    FILES
        .iter()
        .find(|file| file.name == name)
        .map(|file| file.bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_in_the_folder_is_bundled_and_is_a_font() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/resources/fonts");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("resources/fonts")
            .map(|entry| {
                entry
                    .expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name.ends_with(".ttf"))
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = FILES.iter().map(|file| file.name.to_owned()).collect();
        bundled.sort();
        assert_eq!(bundled, on_disk);
        for file in &FILES {
            // A TrueType file starts with the sfnt version 1.0.
            assert_eq!(&file.bytes[..4], &[0, 1, 0, 0], "{}", file.name);
        }
        assert!(by_name("NotoSansArabic-Bold.ttf").is_some());
        assert!(by_name("../OFL.txt").is_none());
    }
}
