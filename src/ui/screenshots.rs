//! `medborgarkiosk screenshots`: renders screens headless (no display, the
//! tiny-skia renderer, the bundled fonts) to
//! `DIR/<screen>-<language>-<landscape|portrait>.png`, so translators and
//! reviewers can see every screen in every language without a kiosk.

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDateTime;
use iced::advanced::renderer::{Headless, Style};
use iced::{Size, mouse};
use iced_runtime::UserInterface;
use iced_runtime::user_interface::Cache;

use crate::config::Config;
use crate::i18n::Language;
use crate::ui::app::{Kiosk, LANDSCAPE, PORTRAIT};
use crate::ui::fonts;
use crate::ui::screen::Screen;

/// What can be rendered: the screens, plus the overlays on Home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shot {
    Start,
    Home,
    Hours,
    Languages,
    Idle,
}

impl Shot {
    pub const ALL: [Shot; 5] = [
        Shot::Start,
        Shot::Home,
        Shot::Hours,
        Shot::Languages,
        Shot::Idle,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shot::Start => "start",
            Shot::Home => "home",
            Shot::Hours => "hours",
            Shot::Languages => "languages",
            Shot::Idle => "idle",
        }
    }

    pub fn from_name(name: &str) -> Option<Shot> {
        Shot::ALL.into_iter().find(|s| s.name() == name)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    #[error("no headless renderer could be created (tiny-skia)")]
    Renderer,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: cannot encode PNG: {source}")]
    Png {
        path: PathBuf,
        #[source]
        source: png::EncodingError,
    },
}

/// Puts a kiosk into the state that a shot shows.
pub fn kiosk_for(
    config: &Arc<Config>,
    shot: Shot,
    language: Language,
    size: Size,
    wall_clock: NaiveDateTime,
) -> Kiosk {
    let now = Instant::now();
    let mut kiosk = Kiosk::at(config.clone(), now, wall_clock);
    kiosk.set_viewport(size);
    let screen = match shot {
        Shot::Start => Screen::Start,
        Shot::Home | Shot::Languages | Shot::Idle => Screen::Home,
        Shot::Hours => Screen::Hours,
    };
    if shot != Shot::Start {
        let _ = kiosk.update_at(
            crate::ui::app::Message::Start(crate::ui::screen::start::Message::Choose(language)),
            now,
        );
    }
    kiosk.show(screen, now);
    match shot {
        Shot::Languages => kiosk.open_picker(),
        Shot::Idle => {
            let quiet = u64::from(config.idle.quiet_seconds);
            kiosk.tick_at(now + std::time::Duration::from_secs(quiet + 3));
        }
        _ => {}
    }
    kiosk
}

/// A headless renderer with the bundled fonts loaded.
pub struct Camera {
    renderer: iced::Renderer,
}

impl Camera {
    pub fn new() -> Result<Camera, ScreenshotError> {
        {
            let mut fonts_system = iced::advanced::graphics::text::font_system()
                .write()
                .map_err(|_| ScreenshotError::Renderer)?;
            for font in fonts::all() {
                fonts_system.load_font(font);
            }
        }
        let renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
            fonts::DEFAULT,
            iced::Pixels(16.0),
            Some("tiny-skia"),
        ))
        .ok_or(ScreenshotError::Renderer)?;
        Ok(Camera { renderer })
    }

    /// Renders the kiosk's current view at `size`, scale 1, as RGBA.
    pub fn render(&mut self, kiosk: &Kiosk, size: Size) -> Vec<u8> {
        self.render_themed(kiosk.view(), &kiosk.theme(), size)
    }

    /// Renders any element with the default theme.
    pub fn render_element<M>(&mut self, element: iced::Element<'_, M>, size: Size) -> Vec<u8> {
        self.render_themed(element, &iced::Theme::Light, size)
    }

    fn render_themed<M>(
        &mut self,
        element: iced::Element<'_, M>,
        theme: &iced::Theme,
        size: Size,
    ) -> Vec<u8> {
        let mut ui = UserInterface::build(element, size, Cache::default(), &mut self.renderer);
        let base = iced::theme::Base::base(theme);
        ui.draw(
            &mut self.renderer,
            theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        let physical = Size::new(size.width as u32, size.height as u32);
        self.renderer
            .screenshot(physical, 1.0, base.background_color)
    }
}

/// Writes RGBA pixels as a PNG file.
pub fn write_png(path: &Path, size: Size, rgba: &[u8]) -> Result<(), ScreenshotError> {
    let io = |source| ScreenshotError::Io {
        path: path.to_owned(),
        source,
    };
    let file = fs::File::create(path).map_err(io)?;
    let mut encoder =
        png::Encoder::new(BufWriter::new(file), size.width as u32, size.height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let png = |source| ScreenshotError::Png {
        path: path.to_owned(),
        source,
    };
    let mut writer = encoder.write_header().map_err(png)?;
    writer.write_image_data(rgba).map_err(png)?;
    writer.finish().map_err(png)
}

/// Renders every requested shot in every requested language, landscape and
/// portrait. Returns the files written.
pub fn render_all(
    config: Config,
    out: &Path,
    shots: &[Shot],
    languages: &[Language],
    wall_clock: NaiveDateTime,
) -> Result<Vec<PathBuf>, ScreenshotError> {
    fs::create_dir_all(out).map_err(|source| ScreenshotError::Io {
        path: out.to_owned(),
        source,
    })?;
    let config = Arc::new(config);
    let mut camera = Camera::new()?;
    let mut written = Vec::new();
    for &shot in shots {
        for &language in languages {
            // Start is always in the kiosk's default language: one picture.
            if shot == Shot::Start && languages.len() > 1 && language != config.default_language() {
                continue;
            }
            for (orientation, size) in [("landscape", LANDSCAPE), ("portrait", PORTRAIT)] {
                let kiosk = kiosk_for(&config, shot, language, size, wall_clock);
                let rgba = camera.render(&kiosk, size);
                let path = out.join(format!(
                    "{}-{}-{}.png",
                    shot.name(),
                    language.code(),
                    orientation
                ));
                write_png(&path, size, &rgba)?;
                written.push(path);
            }
        }
    }
    Ok(written)
}
