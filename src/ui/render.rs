//! Headless rendering with the software renderer and the bundled fonts:
//! the printed ticket's raster, and the pictures of the screenshots tool.

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use iced::advanced::renderer::{Headless, Style};
use iced::{Size, mouse};
use iced_runtime::UserInterface;
use iced_runtime::user_interface::Cache;

use crate::ui::fonts;

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

/// A headless renderer with the bundled fonts loaded.
pub struct Camera {
    renderer: iced::Renderer,
}

impl Camera {
    pub fn new() -> Result<Camera, ScreenshotError> {
        fonts::install();
        let renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
            fonts::DEFAULT,
            iced::Pixels(16.0),
            Some("tiny-skia"),
        ))
        .ok_or(ScreenshotError::Renderer)?;
        Ok(Camera { renderer })
    }

    /// Renders any element with the default theme.
    pub fn render_element<M>(&mut self, element: iced::Element<'_, M>, size: Size) -> Vec<u8> {
        self.render_themed(element, &iced::Theme::Light, size)
    }

    /// Renders any element with `theme`.
    pub fn render_themed<M>(
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
    let (width, height) = (size.width as u32, size.height as u32);
    encode_png(
        path,
        (width, height),
        png::ColorType::Rgba,
        png::BitDepth::Eight,
        rgba,
    )
}

/// Writes image data of the given colour type and depth as a PNG file:
/// the one place that turns pixels into a file, for screenshots and for
/// printed-ticket previews alike.
pub fn encode_png(
    path: &Path,
    (width, height): (u32, u32),
    color: png::ColorType,
    depth: png::BitDepth,
    data: &[u8],
) -> Result<(), ScreenshotError> {
    let io = |source| ScreenshotError::Io {
        path: path.to_owned(),
        source,
    };
    let file = fs::File::create(path).map_err(io)?;
    let mut encoder = png::Encoder::new(BufWriter::new(file), width, height);
    encoder.set_color(color);
    encoder.set_depth(depth);
    let png = |source| ScreenshotError::Png {
        path: path.to_owned(),
        source,
    };
    let mut writer = encoder.write_header().map_err(png)?;
    writer.write_image_data(data).map_err(png)?;
    writer.finish().map_err(png)
}
