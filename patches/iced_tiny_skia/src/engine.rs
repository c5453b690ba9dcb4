use crate::Primitive;
use crate::core::renderer::Quad;
use crate::core::{
    Background, Color, Gradient, Point, Rectangle, Size, Transformation,
    Vector,
};
use crate::graphics::{Image, Text};
use crate::text;

#[derive(Debug)]
pub struct Engine {
    text_pipeline: text::Pipeline,

    #[cfg(feature = "image")]
    pub(crate) raster_pipeline: crate::raster::Pipeline,
    #[cfg(feature = "svg")]
    pub(crate) vector_pipeline: crate::vector::Pipeline,
}

impl Engine {
    pub fn new() -> Self {
        Self {
            text_pipeline: text::Pipeline::new(),
            #[cfg(feature = "image")]
            raster_pipeline: crate::raster::Pipeline::new(),
            #[cfg(feature = "svg")]
            vector_pipeline: crate::vector::Pipeline::new(),
        }
    }

    pub fn draw_quad(
        &mut self,
        quad: &Quad,
        background: &Background,
        transformation: Transformation,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: &mut tiny_skia::Mask,
        clip_bounds: Rectangle,
    ) {
        let physical_bounds = quad.bounds * transformation;

        if !clip_bounds.intersects(&physical_bounds) {
            return;
        }

        // Make sure the border radius is not larger than the bounds
        let border_width = quad
            .border
            .width
            .min(quad.bounds.width / 2.0)
            .min(quad.bounds.height / 2.0);

        // A square quad (one colour, no rounded corner, no shadow) is cut
        // to its clip and filled as rectangles, its border as four, without
        // the clip mask: the bar's background, which straddles the region
        // a change of screen damages, used to set the window-sized mask
        // (1.6 MB) and clear it again, to fill a rectangle (patched for
        // medborgarkiosk).
        if let Background::Color(color) = background
            && is_square(quad)
        {
            let clipped = !physical_bounds.is_within(&clip_bounds);
            fill_rect_clipped(
                pixels,
                physical_bounds,
                &solid(into_color(*color)),
                clipped,
                clip_bounds,
            );
            let border = border_width * transformation.scale_factor();
            if border > 0.0 && quad.border.color.a > 0.0 {
                for side in border_sides(physical_bounds, border) {
                    fill_rect_clipped(
                        pixels,
                        side,
                        &solid(into_color(quad.border.color)),
                        clipped,
                        clip_bounds,
                    );
                }
            }
            return;
        }

        let clip_mask =
            mask_for(clip_mask, physical_bounds, clip_bounds);

        let transform = into_transform(transformation);

        let mut fill_border_radius = <[f32; 4]>::from(quad.border.radius);

        for radius in &mut fill_border_radius {
            *radius = (*radius)
                .min(quad.bounds.width / 2.0)
                .min(quad.bounds.height / 2.0);
        }

        let shadow = quad.shadow;

        if shadow.color.a > 0.0 {
            let shadow_bounds = Rectangle {
                x: quad.bounds.x + shadow.offset.x - shadow.blur_radius,
                y: quad.bounds.y + shadow.offset.y - shadow.blur_radius,
                width: quad.bounds.width + shadow.blur_radius * 2.0,
                height: quad.bounds.height + shadow.blur_radius * 2.0,
            } * transformation;

            let radii = fill_border_radius
                .into_iter()
                .map(|radius| radius * transformation.scale_factor())
                .collect::<Vec<_>>();
            let (x, y, width, height) = (
                shadow_bounds.x as u32,
                shadow_bounds.y as u32,
                shadow_bounds.width as u32,
                shadow_bounds.height as u32,
            );
            let half_width = physical_bounds.width / 2.0;
            let half_height = physical_bounds.height / 2.0;

            let colors = (y..y + height)
                .flat_map(|y| (x..x + width).map(move |x| (x as f32, y as f32)))
                .filter_map(|(x, y)| {
                    tiny_skia::Size::from_wh(half_width, half_height).map(
                        |size| {
                            let shadow_distance = rounded_box_sdf(
                                Vector::new(
                                    x - physical_bounds.position().x
                                        - (shadow.offset.x
                                            * transformation.scale_factor())
                                        - half_width,
                                    y - physical_bounds.position().y
                                        - (shadow.offset.y
                                            * transformation.scale_factor())
                                        - half_height,
                                ),
                                size,
                                &radii,
                            )
                            .max(0.0);
                            let shadow_alpha = 1.0
                                - smoothstep(
                                    -shadow.blur_radius
                                        * transformation.scale_factor(),
                                    shadow.blur_radius
                                        * transformation.scale_factor(),
                                    shadow_distance,
                                );

                            let mut color = into_color(shadow.color);
                            color.apply_opacity(shadow_alpha);

                            color.to_color_u8().premultiply()
                        },
                    )
                })
                .collect();

            if let Some(pixmap) = tiny_skia::IntSize::from_wh(width, height)
                .and_then(|size| {
                    tiny_skia::Pixmap::from_vec(
                        bytemuck::cast_vec(colors),
                        size,
                    )
                })
            {
                pixels.draw_pixmap(
                    x as i32,
                    y as i32,
                    pixmap.as_ref(),
                    &tiny_skia::PixmapPaint::default(),
                    tiny_skia::Transform::default(),
                    None,
                );
            }
        }

        let banded = match background {
            Background::Color(color) => fill_banded(
                pixels,
                physical_bounds,
                fill_border_radius
                    .map(|radius| radius * transformation.scale_factor()),
                into_color(*color),
                clip_mask,
                clip_bounds,
            ),
            Background::Gradient(_) => false,
        };

        if !banded {
            let path = rounded_rectangle(quad.bounds, fill_border_radius);

            pixels.fill_path(
                &path,
                &tiny_skia::Paint {
                    shader: match background {
                        Background::Color(color) => {
                            tiny_skia::Shader::SolidColor(into_color(*color))
                        }
                        Background::Gradient(Gradient::Linear(linear)) => {
                            let (start, end) =
                                linear.angle.to_distance(&quad.bounds);

                            let stops: Vec<tiny_skia::GradientStop> = linear
                                .stops
                                .into_iter()
                                .flatten()
                                .map(|stop| {
                                    tiny_skia::GradientStop::new(
                                        stop.offset,
                                        tiny_skia::Color::from_rgba(
                                            stop.color.b,
                                            stop.color.g,
                                            stop.color.r,
                                            stop.color.a,
                                        )
                                        .expect("Create color"),
                                    )
                                })
                                .collect();

                            tiny_skia::LinearGradient::new(
                                tiny_skia::Point {
                                    x: start.x,
                                    y: start.y,
                                },
                                tiny_skia::Point { x: end.x, y: end.y },
                                if stops.is_empty() {
                                    vec![tiny_skia::GradientStop::new(
                                        0.0,
                                        tiny_skia::Color::BLACK,
                                    )]
                                } else {
                                    stops
                                },
                                tiny_skia::SpreadMode::Pad,
                                tiny_skia::Transform::identity(),
                            )
                            .expect("Create linear gradient")
                        }
                    },
                    anti_alias: true,
                    ..tiny_skia::Paint::default()
                },
                tiny_skia::FillRule::EvenOdd,
                transform,
                clip_mask,
            );
        }

        if border_width > 0.0 {
            // Border path is offset by half the border width
            let border_bounds = Rectangle {
                x: quad.bounds.x + border_width / 2.0,
                y: quad.bounds.y + border_width / 2.0,
                width: quad.bounds.width - border_width,
                height: quad.bounds.height - border_width,
            };

            // Make sure the border radius is correct
            let mut border_radius = <[f32; 4]>::from(quad.border.radius);
            let mut is_simple_border = true;

            for radius in &mut border_radius {
                *radius = if *radius == 0.0 {
                    // Path should handle this fine
                    0.0
                } else if *radius > border_width / 2.0 {
                    *radius - border_width / 2.0
                } else {
                    is_simple_border = false;
                    0.0
                }
                .min(border_bounds.width / 2.0)
                .min(border_bounds.height / 2.0);
            }

            // Stroking a path works well in this case
            if is_simple_border
                && stroke_banded(
                    pixels,
                    physical_bounds,
                    border_width * transformation.scale_factor(),
                    border_radius
                        .map(|radius| radius * transformation.scale_factor()),
                    into_color(quad.border.color),
                    clip_mask,
                    clip_bounds,
                )
            {
                // Drawn in bands.
            } else if is_simple_border {
                let border_path =
                    rounded_rectangle(border_bounds, border_radius);

                pixels.stroke_path(
                    &border_path,
                    &tiny_skia::Paint {
                        shader: tiny_skia::Shader::SolidColor(into_color(
                            quad.border.color,
                        )),
                        anti_alias: true,
                        ..tiny_skia::Paint::default()
                    },
                    &tiny_skia::Stroke {
                        width: border_width,
                        ..tiny_skia::Stroke::default()
                    },
                    transform,
                    clip_mask,
                );
            } else {
                // Draw corners that have too small border radii as having no border radius,
                // but mask them with the rounded rectangle with the correct border radius.
                let mut temp_pixmap = tiny_skia::Pixmap::new(
                    quad.bounds.width as u32,
                    quad.bounds.height as u32,
                )
                .unwrap();

                let mut quad_mask = tiny_skia::Mask::new(
                    quad.bounds.width as u32,
                    quad.bounds.height as u32,
                )
                .unwrap();

                let zero_bounds = Rectangle {
                    x: 0.0,
                    y: 0.0,
                    width: quad.bounds.width,
                    height: quad.bounds.height,
                };
                let path = rounded_rectangle(zero_bounds, fill_border_radius);

                quad_mask.fill_path(
                    &path,
                    tiny_skia::FillRule::EvenOdd,
                    true,
                    transform,
                );
                let path_bounds = Rectangle {
                    x: border_width / 2.0,
                    y: border_width / 2.0,
                    width: quad.bounds.width - border_width,
                    height: quad.bounds.height - border_width,
                };

                let border_radius_path =
                    rounded_rectangle(path_bounds, border_radius);

                temp_pixmap.stroke_path(
                    &border_radius_path,
                    &tiny_skia::Paint {
                        shader: tiny_skia::Shader::SolidColor(into_color(
                            quad.border.color,
                        )),
                        anti_alias: true,
                        ..tiny_skia::Paint::default()
                    },
                    &tiny_skia::Stroke {
                        width: border_width,
                        ..tiny_skia::Stroke::default()
                    },
                    transform,
                    Some(&quad_mask),
                );

                pixels.draw_pixmap(
                    quad.bounds.x as i32,
                    quad.bounds.y as i32,
                    temp_pixmap.as_ref(),
                    &tiny_skia::PixmapPaint::default(),
                    transform,
                    clip_mask,
                );
            }
        }
    }

    /// Draws `text` of a layer whose bounds are `layer` into the damage
    /// `region` (both physical). Patched for medborgarkiosk: a paragraph
    /// is drawn where its glyphs may draw ([`paragraph_clip`]); the other
    /// texts within `region` and `layer`, as upstream.
    pub fn draw_text(
        &mut self,
        text: &Text,
        transformation: Transformation,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: &mut tiny_skia::Mask,
        layer: Rectangle,
        region: Rectangle,
    ) {
        if let Text::Paragraph {
            paragraph,
            position,
            color,
            clip_bounds: local_clip_bounds,
            transformation: local_transformation,
        } = text
        {
            let transformation = transformation * *local_transformation;
            let lines =
                Rectangle::new(*position, paragraph.min_bounds) * transformation;
            let ink =
                ink_bounds(*position, paragraph.min_bounds) * transformation;
            let Some(own) =
                layer.intersection(&(*local_clip_bounds * transformation))
            else {
                return;
            };
            let Some(clip_bounds) = paragraph_clip(region, own, lines) else {
                return;
            };

            if !clip_bounds.intersects(&ink) {
                return;
            }

            let clip_mask = mask_for(clip_mask, ink, clip_bounds);

            self.text_pipeline.draw_paragraph(
                paragraph,
                *position,
                *color,
                pixels,
                clip_mask,
                transformation,
            );
            return;
        }

        let Some(clip_bounds) = region.intersection(&layer) else {
            return;
        };

        match text {
            Text::Paragraph { .. } => {}
            Text::Editor {
                editor,
                position,
                color,
                clip_bounds: local_clip_bounds,
                transformation: local_transformation,
            } => {
                let transformation = transformation * *local_transformation;
                let Some(clip_bounds) = clip_bounds
                    .intersection(&(*local_clip_bounds * transformation))
                else {
                    return;
                };

                let physical_bounds =
                    Rectangle::new(*position, editor.bounds) * transformation;

                if !clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(clip_mask, physical_bounds, clip_bounds);

                self.text_pipeline.draw_editor(
                    editor,
                    *position,
                    *color,
                    pixels,
                    clip_mask,
                    transformation,
                );
            }
            Text::Cached {
                content,
                bounds,
                color,
                size,
                line_height,
                font,
                align_x,
                align_y,
                shaping,
                clip_bounds: local_clip_bounds,
            } => {
                let physical_bounds = *local_clip_bounds * transformation;

                if !clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(clip_mask, physical_bounds, clip_bounds);

                self.text_pipeline.draw_cached(
                    content,
                    *bounds,
                    *color,
                    *size,
                    *line_height,
                    *font,
                    *align_x,
                    *align_y,
                    *shaping,
                    pixels,
                    clip_mask,
                    transformation,
                );
            }
            Text::Raw {
                raw,
                transformation: local_transformation,
            } => {
                let Some(buffer) = raw.buffer.upgrade() else {
                    return;
                };

                let transformation = transformation * *local_transformation;
                let (width, height) = buffer.size();

                let physical_bounds = Rectangle::new(
                    raw.position,
                    Size::new(
                        width.unwrap_or(clip_bounds.width),
                        height.unwrap_or(clip_bounds.height),
                    ),
                ) * transformation;

                if !clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(clip_mask, physical_bounds, clip_bounds);

                self.text_pipeline.draw_raw(
                    &buffer,
                    raw.position,
                    raw.color,
                    pixels,
                    clip_mask,
                    transformation,
                );
            }
        }
    }

    pub fn draw_primitive(
        &mut self,
        primitive: &Primitive,
        transformation: Transformation,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: &mut tiny_skia::Mask,
        clip_bounds: Rectangle,
    ) {
        match primitive {
            Primitive::Fill { path, paint, rule } => {
                let physical_bounds = {
                    let bounds = path.bounds();

                    Rectangle {
                        x: bounds.x(),
                        y: bounds.y(),
                        width: bounds.width(),
                        height: bounds.height(),
                    } * transformation
                };

                if !clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(clip_mask, physical_bounds, clip_bounds);

                pixels.fill_path(
                    path,
                    paint,
                    *rule,
                    into_transform(transformation),
                    clip_mask,
                );
            }
            Primitive::Stroke {
                path,
                paint,
                stroke,
            } => {
                let physical_bounds = {
                    let bounds = path.bounds();

                    Rectangle {
                        x: bounds.x() - stroke.width / 2.0,
                        y: bounds.y() - stroke.width / 2.0,
                        width: bounds.width() + stroke.width,
                        height: bounds.height() + stroke.width,
                    } * transformation
                };

                if !clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(clip_mask, physical_bounds, clip_bounds);

                pixels.stroke_path(
                    path,
                    paint,
                    stroke,
                    into_transform(transformation),
                    clip_mask,
                );
            }
        }
    }

    pub fn draw_image(
        &mut self,
        image: &Image,
        _transformation: Transformation,
        _pixels: &mut tiny_skia::PixmapMut<'_>,
        _clip_mask: &mut tiny_skia::Mask,
        _clip_bounds: Rectangle,
    ) {
        match image {
            #[cfg(feature = "image")]
            Image::Raster { image, bounds, .. } => {
                let physical_bounds = *bounds * _transformation;

                if !_clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(_clip_mask, physical_bounds, _clip_bounds);

                let center = physical_bounds.center();
                let radians = f32::from(image.rotation);

                let transform = into_transform(_transformation).post_rotate_at(
                    radians.to_degrees(),
                    center.x,
                    center.y,
                );

                self.raster_pipeline.draw(
                    &image.handle,
                    image.filter_method,
                    *bounds,
                    image.opacity,
                    _pixels,
                    transform,
                    clip_mask,
                );
            }
            #[cfg(feature = "svg")]
            Image::Vector { svg, bounds, .. } => {
                let physical_bounds = *bounds * _transformation;

                if !_clip_bounds.intersects(&physical_bounds) {
                    return;
                }

                let clip_mask =
                    mask_for(_clip_mask, physical_bounds, _clip_bounds);

                let center = physical_bounds.center();
                let radians = f32::from(svg.rotation);

                let transform = into_transform(_transformation).post_rotate_at(
                    radians.to_degrees(),
                    center.x,
                    center.y,
                );

                self.vector_pipeline.draw(
                    &svg.handle,
                    svg.color,
                    *bounds,
                    svg.opacity,
                    _pixels,
                    transform,
                    clip_mask,
                );
            }
            #[cfg(not(feature = "image"))]
            Image::Raster { .. } => {
                log::warn!(
                    "Unsupported primitive in `iced_tiny_skia`: {image:?}",
                );
            }
            #[cfg(not(feature = "svg"))]
            Image::Vector { .. } => {
                log::warn!(
                    "Unsupported primitive in `iced_tiny_skia`: {image:?}",
                );
            }
        }
    }

    pub fn trim(&mut self) {
        self.text_pipeline.trim_cache();

        #[cfg(feature = "image")]
        self.raster_pipeline.trim_cache();

        #[cfg(feature = "svg")]
        self.vector_pipeline.trim_cache();
    }
}

pub fn into_color(color: Color) -> tiny_skia::Color {
    tiny_skia::Color::from_rgba(color.b, color.g, color.r, color.a)
        .expect("Convert color from iced to tiny_skia")
}

fn into_transform(transformation: Transformation) -> tiny_skia::Transform {
    let translation = transformation.translation();

    tiny_skia::Transform {
        sx: transformation.scale_factor(),
        kx: 0.0,
        ky: 0.0,
        sy: transformation.scale_factor(),
        tx: translation.x,
        ty: translation.y,
    }
}

/// Fills a rounded rectangle (`bounds` and `radii` in pixels) in three
/// bands: the top and the bottom, which hold the rounded corners, as
/// anti-aliased paths, and the straight middle between them as a
/// rectangle. tiny-skia fills an anti-aliased path at four samples a row,
/// and a card or a button is mostly its middle: this is several times
/// faster for the same pixels (issue 24 of Medborgarkiosk). The bands meet
/// on a whole pixel row, so no row is blended twice. Returns `false`, and
/// draws nothing, for a shape too low to gain from it.
fn fill_banded(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    bounds: Rectangle,
    radii: [f32; 4],
    color: tiny_skia::Color,
    clip_mask: Option<&tiny_skia::Mask>,
    clip_bounds: Rectangle,
) -> bool {
    let [top_left, top_right, bottom_right, bottom_left] = radii;
    let top = top_left.max(top_right);
    let bottom = bottom_right.max(bottom_left);
    let middle_top = if top > 0.0 {
        (bounds.y + top).ceil()
    } else {
        bounds.y
    };
    let middle_bottom = if bottom > 0.0 {
        (bounds.y + bounds.height - bottom).floor()
    } else {
        bounds.y + bounds.height
    };

    if middle_bottom - middle_top < 4.0 || bounds.width <= 0.0 {
        return false;
    }

    let paint = solid(color);
    let band = |y: f32, height: f32, radii: [f32; 4]| {
        rounded_rectangle(
            Rectangle {
                x: bounds.x,
                y,
                width: bounds.width,
                height,
            },
            radii,
        )
    };

    if top > 0.0 {
        pixels.fill_path(
            &band(
                bounds.y,
                middle_top - bounds.y,
                [top_left, top_right, 0.0, 0.0],
            ),
            &paint,
            tiny_skia::FillRule::EvenOdd,
            tiny_skia::Transform::identity(),
            clip_mask,
        );
    }

    fill_rect_clipped(
        pixels,
        Rectangle {
            x: bounds.x,
            y: middle_top,
            width: bounds.width,
            height: middle_bottom - middle_top,
        },
        &paint,
        clip_mask.is_some(),
        clip_bounds,
    );

    if bottom > 0.0 {
        pixels.fill_path(
            &band(
                middle_bottom,
                bounds.y + bounds.height - middle_bottom,
                [0.0, 0.0, bottom_right, bottom_left],
            ),
            &paint,
            tiny_skia::FillRule::EvenOdd,
            tiny_skia::Transform::identity(),
            clip_mask,
        );
    }

    true
}

/// An anti-aliased paint of one colour.
fn solid(color: tiny_skia::Color) -> tiny_skia::Paint<'static> {
    tiny_skia::Paint {
        shader: tiny_skia::Shader::SolidColor(color),
        anti_alias: true,
        ..tiny_skia::Paint::default()
    }
}

/// A quad drawn as rectangles: no rounded corner, no shadow.
fn is_square(quad: &Quad) -> bool {
    <[f32; 4]>::from(quad.border.radius)
        .iter()
        .all(|radius| *radius <= 0.0)
        && quad.shadow.color.a <= 0.0
}

/// The four sides of a border `width` wide inside `bounds`, as a square
/// rectangle's stroke covers them: the top and the bottom the whole
/// width, the left and the right between them.
fn border_sides(bounds: Rectangle, width: f32) -> [Rectangle; 4] {
    let inner = (bounds.height - 2.0 * width).max(0.0);
    [
        Rectangle { height: width, ..bounds },
        Rectangle {
            y: bounds.y + bounds.height - width,
            height: width,
            ..bounds
        },
        Rectangle {
            y: bounds.y + width,
            width,
            height: inner,
            ..bounds
        },
        Rectangle {
            x: bounds.x + bounds.width - width,
            y: bounds.y + width,
            width,
            height: inner,
        },
    ]
}

/// Fills `rect` (in pixels) with `paint` inside the clip (when `clipped`:
/// it crosses the clip's edge). The clip mask would hold the whole pixels
/// of `clip_bounds` ([`clip_pixels`]), so the rectangle is cut to them and
/// filled without the mask, which gives the same pixels: tiny-skia then
/// fills the inside of an opaque colour as a memset, where with a mask it
/// runs its pipeline through the mask for every pixel (issue 24 of
/// Medborgarkiosk: the panels of a screen that straddle the damaged
/// region).
fn fill_rect_clipped(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    rect: Rectangle,
    paint: &tiny_skia::Paint<'_>,
    clipped: bool,
    clip_bounds: Rectangle,
) {
    let rect = if clipped {
        match rect.intersection(&clip_pixels(clip_bounds)) {
            Some(inside) => inside,
            None => return,
        }
    } else {
        rect
    };
    if let Some(rect) =
        tiny_skia::Rect::from_xywh(rect.x, rect.y, rect.width, rect.height)
    {
        pixels.fill_rect(
            rect,
            paint,
            tiny_skia::Transform::identity(),
            None,
        );
    }
}

/// Strokes a rounded rectangle's border (`bounds` the outer edge, `width`,
/// `radii` of the line's centre, all in pixels) as [`fill_banded`] fills:
/// the top and the bottom, with the corners, as two open anti-aliased
/// strokes ending on whole pixel rows, and the straight sides between
/// them as two rectangles. Returns `false`, and draws nothing, for a shape
/// too low to gain from it.
fn stroke_banded(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    bounds: Rectangle,
    width: f32,
    radii: [f32; 4],
    color: tiny_skia::Color,
    clip_mask: Option<&tiny_skia::Mask>,
    clip_bounds: Rectangle,
) -> bool {
    let [top_left, top_right, bottom_right, bottom_left] = radii;
    let half = width / 2.0;
    // The bands hold the corners and the whole width of the top and
    // bottom lines.
    let top = (top_left.max(top_right) + half).max(width);
    let bottom = (bottom_right.max(bottom_left) + half).max(width);
    let middle_top = (bounds.y + top).ceil();
    let middle_bottom = (bounds.y + bounds.height - bottom).floor();

    if middle_bottom - middle_top < 4.0
        || width <= 0.0
        || bounds.width <= 2.0 * width
    {
        return false;
    }

    let (left, right) = (bounds.x + half, bounds.x + bounds.width - half);
    let (upper, lower) = (bounds.y + half, bounds.y + bounds.height - half);
    let paint = solid(color);
    let stroke = tiny_skia::Stroke {
        width,
        ..tiny_skia::Stroke::default()
    };
    let stroke_open =
        |pixels: &mut tiny_skia::PixmapMut<'_>,
         builder: tiny_skia::PathBuilder| {
            if let Some(path) = builder.finish() {
                pixels.stroke_path(
                    &path,
                    &paint,
                    &stroke,
                    tiny_skia::Transform::identity(),
                    clip_mask,
                );
            }
        };

    // The top, left to right (the way `rounded_rectangle` goes round).
    let mut builder = tiny_skia::PathBuilder::new();
    builder.move_to(left, middle_top);
    maybe_line_to(&mut builder, left, upper + top_left);
    if top_left > 0.0 {
        arc_to(&mut builder, left, upper + top_left, left + top_left, upper, top_left);
    }
    maybe_line_to(&mut builder, right - top_right, upper);
    if top_right > 0.0 {
        arc_to(&mut builder, right - top_right, upper, right, upper + top_right, top_right);
    }
    maybe_line_to(&mut builder, right, middle_top);
    stroke_open(pixels, builder);

    // The sides.
    for x in [bounds.x, bounds.x + bounds.width - width] {
        fill_rect_clipped(
            pixels,
            Rectangle {
                x,
                y: middle_top,
                width,
                height: middle_bottom - middle_top,
            },
            &paint,
            clip_mask.is_some(),
            clip_bounds,
        );
    }

    // The bottom, right to left.
    let mut builder = tiny_skia::PathBuilder::new();
    builder.move_to(right, middle_bottom);
    maybe_line_to(&mut builder, right, lower - bottom_right);
    if bottom_right > 0.0 {
        arc_to(&mut builder, right, lower - bottom_right, right - bottom_right, lower, bottom_right);
    }
    maybe_line_to(&mut builder, left + bottom_left, lower);
    if bottom_left > 0.0 {
        arc_to(&mut builder, left + bottom_left, lower, left, lower - bottom_left, bottom_left);
    }
    maybe_line_to(&mut builder, left, middle_bottom);
    stroke_open(pixels, builder);

    true
}

fn rounded_rectangle(
    bounds: Rectangle,
    border_radius: [f32; 4],
) -> tiny_skia::Path {
    let [top_left, top_right, bottom_right, bottom_left] = border_radius;

    if top_left == 0.0
        && top_right == 0.0
        && bottom_right == 0.0
        && bottom_left == 0.0
    {
        return tiny_skia::PathBuilder::from_rect(
            tiny_skia::Rect::from_xywh(
                bounds.x,
                bounds.y,
                bounds.width,
                bounds.height,
            )
            .expect("Build quad rectangle"),
        );
    }

    if top_left == top_right
        && top_left == bottom_right
        && top_left == bottom_left
        && top_left == bounds.width / 2.0
        && top_left == bounds.height / 2.0
    {
        return tiny_skia::PathBuilder::from_circle(
            bounds.x + bounds.width / 2.0,
            bounds.y + bounds.height / 2.0,
            top_left,
        )
        .expect("Build circle path");
    }

    let mut builder = tiny_skia::PathBuilder::new();

    builder.move_to(bounds.x + top_left, bounds.y);
    builder.line_to(bounds.x + bounds.width - top_right, bounds.y);

    if top_right > 0.0 {
        arc_to(
            &mut builder,
            bounds.x + bounds.width - top_right,
            bounds.y,
            bounds.x + bounds.width,
            bounds.y + top_right,
            top_right,
        );
    }

    maybe_line_to(
        &mut builder,
        bounds.x + bounds.width,
        bounds.y + bounds.height - bottom_right,
    );

    if bottom_right > 0.0 {
        arc_to(
            &mut builder,
            bounds.x + bounds.width,
            bounds.y + bounds.height - bottom_right,
            bounds.x + bounds.width - bottom_right,
            bounds.y + bounds.height,
            bottom_right,
        );
    }

    maybe_line_to(
        &mut builder,
        bounds.x + bottom_left,
        bounds.y + bounds.height,
    );

    if bottom_left > 0.0 {
        arc_to(
            &mut builder,
            bounds.x + bottom_left,
            bounds.y + bounds.height,
            bounds.x,
            bounds.y + bounds.height - bottom_left,
            bottom_left,
        );
    }

    maybe_line_to(&mut builder, bounds.x, bounds.y + top_left);

    if top_left > 0.0 {
        arc_to(
            &mut builder,
            bounds.x,
            bounds.y + top_left,
            bounds.x + top_left,
            bounds.y,
            top_left,
        );
    }

    builder.finish().expect("Build rounded rectangle path")
}

fn maybe_line_to(path: &mut tiny_skia::PathBuilder, x: f32, y: f32) {
    if path.last_point() != Some(tiny_skia::Point { x, y }) {
        path.line_to(x, y);
    }
}

fn arc_to(
    path: &mut tiny_skia::PathBuilder,
    x_from: f32,
    y_from: f32,
    x_to: f32,
    y_to: f32,
    radius: f32,
) {
    let svg_arc = kurbo::SvgArc {
        from: kurbo::Point::new(f64::from(x_from), f64::from(y_from)),
        to: kurbo::Point::new(f64::from(x_to), f64::from(y_to)),
        radii: kurbo::Vec2::new(f64::from(radius), f64::from(radius)),
        x_rotation: 0.0,
        large_arc: false,
        sweep: true,
    };

    match kurbo::Arc::from_svg_arc(&svg_arc) {
        Some(arc) => {
            arc.to_cubic_beziers(0.1, |p1, p2, p| {
                path.cubic_to(
                    p1.x as f32,
                    p1.y as f32,
                    p2.x as f32,
                    p2.y as f32,
                    p.x as f32,
                    p.y as f32,
                );
            });
        }
        None => {
            path.line_to(x_to, y_to);
        }
    }
}

fn smoothstep(a: f32, b: f32, x: f32) -> f32 {
    let x = ((x - a) / (b - a)).clamp(0.0, 1.0);

    x * x * (3.0 - 2.0 * x)
}

fn rounded_box_sdf(
    to_center: Vector,
    size: tiny_skia::Size,
    radii: &[f32],
) -> f32 {
    let radius = match (to_center.x > 0.0, to_center.y > 0.0) {
        (true, true) => radii[2],
        (true, false) => radii[1],
        (false, true) => radii[3],
        (false, false) => radii[0],
    };

    let x = (to_center.x.abs() - size.width() + radius).max(0.0);
    let y = (to_center.y.abs() - size.height() + radius).max(0.0);

    (x.powf(2.0) + y.powf(2.0)).sqrt() - radius
}

/// What the clip mask holds: `bounds` filled, in the mask whose pixels
/// are at `at`; every other pixel of it is 0.
#[derive(Clone, Copy, PartialEq)]
struct ClipState {
    at: usize,
    bounds: Rectangle,
}

thread_local! {
    static CLIP: std::cell::Cell<Option<ClipState>> =
        const { std::cell::Cell::new(None) };
}

/// Sets the clip mask back to all 0 at the end of a frame: the rows the
/// frame set are cleared, not the whole mask (2 MB at 1920×1080, which
/// the first clipped drawing of every frame used to clear). Between
/// frames every mask is all 0, as a new one is (patched for
/// medborgarkiosk).
pub fn release_clip_mask(clip_mask: &mut tiny_skia::Mask) {
    let at = clip_mask.data().as_ptr() as usize;

    match CLIP.take() {
        Some(state) if state.at == at => {
            set_rows(clip_mask, clip_pixels(state.bounds), 0);
        }
        // Another mask's state (never, as frames are drawn today: one at a
        // time on a thread, each releasing its own mask).
        Some(_) => clip_mask.clear(),
        None => {}
    }
}

/// Where a pixmap drawn with `draw_pixmap(x, y, .., transform)` lands, if
/// that is on whole pixels at the pixmap's own size (no scale, rotation or
/// skew, the translation whole): then every pixel is copied as it is, and
/// blending it directly gives what tiny-skia's pipeline gives.
pub fn whole_pixel_origin(
    transform: tiny_skia::Transform,
    x: i32,
    y: i32,
) -> Option<(i32, i32)> {
    const EPSILON: f32 = 1.0 / 1024.0;
    let whole = |v: f32| (v - v.round()).abs() < EPSILON;
    let unscaled = (transform.sx - 1.0).abs() < EPSILON
        && (transform.sy - 1.0).abs() < EPSILON
        && transform.kx.abs() < EPSILON
        && transform.ky.abs() < EPSILON;
    (unscaled && whole(transform.tx) && whole(transform.ty)).then(|| {
        (x + transform.tx.round() as i32, y + transform.ty.round() as i32)
    })
}

/// The smallest rectangle on whole pixels that holds `bounds`.
pub fn pixels_around(bounds: Rectangle) -> Rectangle {
    on_whole_pixels(bounds, f32::floor, f32::ceil)
}

/// The pixels a clip to `bounds` lets through, as a rectangle on whole
/// pixels: those whose centre is inside (each edge rounded half up, as
/// tiny-skia fills a path without anti-aliasing). The clip mask holds
/// exactly these, so a rectangle cut to them is drawn as through the mask.
pub fn clip_pixels(bounds: Rectangle) -> Rectangle {
    let round = |v: f32| (v + 0.5).floor();
    on_whole_pixels(bounds, round, round)
}

/// `bounds` with its left and top edges moved by `start`, its right and
/// bottom edges by `end` (never before the left and top).
fn on_whole_pixels(
    bounds: Rectangle,
    start: impl Fn(f32) -> f32,
    end: impl Fn(f32) -> f32,
) -> Rectangle {
    let (left, top) = (start(bounds.x), start(bounds.y));
    let (right, bottom) = (
        end(bounds.x + bounds.width).max(left),
        end(bounds.y + bounds.height).max(top),
    );
    Rectangle {
        x: left,
        y: top,
        width: right - left,
        height: bottom - top,
    }
}

/// How far (logical pixels) a glyph may draw outside its paragraph's
/// bounds, which are its line boxes: marks above and below (the hamza
/// over an alef on a bold title's first line) and overhangs at a line's
/// ends. Patched for medborgarkiosk (see patches/README.md).
pub(crate) const INK_MARGIN: f32 = 24.0;

/// Where a paragraph's glyphs may draw: its bounds grown by
/// [`INK_MARGIN`]. Damage and drawing both use it: with the bounds alone,
/// the pixels a mark drew outside them were never repainted when the
/// paragraph went away, and stayed on screen (an Arabic title's hamza,
/// still there two screens later).
pub(crate) fn ink_bounds(position: Point, min_bounds: Size) -> Rectangle {
    Rectangle::new(position, min_bounds).expand(INK_MARGIN)
}

/// Where a paragraph whose line boxes are `lines` is drawn in the damage
/// `region`, `own` being its own clip (its layer's and its widget's: a
/// list's view). Its own clip cuts it only where its line boxes cross
/// it, as upstream: the marks above a title at the top of a list are
/// drawn. The region always cuts it: outside it the frame is not
/// repainted, and a glyph drawn again there would blend over itself.
fn paragraph_clip(
    region: Rectangle,
    own: Rectangle,
    lines: Rectangle,
) -> Option<Rectangle> {
    if lines.is_within(&own) {
        Some(region)
    } else {
        region.intersection(&own)
    }
}

/// The clip mask for something at `physical_bounds` drawn within
/// `clip_bounds`: none when it lies inside them, otherwise `clip_mask`
/// made to hold `clip_bounds`. The mask is set only when something drawn
/// crosses its clip's edge, not for every layer (patched for
/// medborgarkiosk).
fn mask_for<'a>(
    clip_mask: &'a mut tiny_skia::Mask,
    physical_bounds: Rectangle,
    clip_bounds: Rectangle,
) -> Option<&'a tiny_skia::Mask> {
    if physical_bounds.is_within(&clip_bounds) {
        None
    } else {
        adjust_clip_mask(clip_mask, clip_bounds);
        Some(clip_mask)
    }
}

/// Makes `clip_mask` hold exactly `bounds` ([`clip_pixels`]). The mask is
/// as large as the window (2 MB at 1920×1080) and this is called whenever
/// something drawn crosses its clip ([`mask_for`]): it used to clear all
/// of it and fill a path every time. Now nothing is done when the mask
/// holds `bounds` already, and otherwise only the pixels of the last
/// rectangle outside the new one are cleared and those of the new one
/// outside the last set (issue 24 of Medborgarkiosk). The mask is all 0
/// when the frame begins ([`release_clip_mask`]).
fn adjust_clip_mask(clip_mask: &mut tiny_skia::Mask, bounds: Rectangle) {
    let at = clip_mask.data().as_ptr() as usize;

    match CLIP.get() {
        Some(state) if state.at == at && state.bounds == bounds => return,
        Some(state) if state.at == at => {
            change_rows(
                clip_mask,
                clip_pixels(state.bounds),
                clip_pixels(bounds),
            );
        }
        // Another mask's rows are set (never, as frames are drawn today:
        // one at a time, each releasing its mask): what this one holds is
        // not known.
        Some(_) => {
            clip_mask.clear();
            set_rows(clip_mask, clip_pixels(bounds), u8::MAX);
        }
        None => set_rows(clip_mask, clip_pixels(bounds), u8::MAX),
    }

    CLIP.set(Some(ClipState { at, bounds }));
}

/// Makes the mask that holds `from` (whole pixels) hold `to`: each row's
/// pixels in `from` and not in `to` set to 0, those in `to` and not in
/// `from` to 255, the rest left as they are.
fn change_rows(clip_mask: &mut tiny_skia::Mask, from: Rectangle, to: Rectangle) {
    let (width, height) =
        (clip_mask.width() as usize, clip_mask.height() as usize);
    let span = |pixels| {
        pixel_span(pixels, width, height).unwrap_or((0..0, 0..0))
    };
    let (from_columns, from_rows) = span(from);
    let (to_columns, to_rows) = span(to);
    let rows = from_rows.start.min(to_rows.start)..from_rows.end.max(to_rows.end);
    let data = clip_mask.data_mut();

    for row in rows {
        let line = &mut data[row * width..(row + 1) * width];
        let old = if from_rows.contains(&row) { from_columns.clone() } else { 0..0 };
        let new = if to_rows.contains(&row) { to_columns.clone() } else { 0..0 };

        for part in outside(&old, &new) {
            line[part].fill(0);
        }
        for part in outside(&new, &old) {
            line[part].fill(u8::MAX);
        }
    }
}

/// The columns of `span` outside `other`: up to two ranges.
fn outside(
    span: &std::ops::Range<usize>,
    other: &std::ops::Range<usize>,
) -> [std::ops::Range<usize>; 2] {
    if other.is_empty() {
        return [span.clone(), 0..0];
    }
    [
        span.start..span.end.min(other.start).max(span.start),
        span.start.max(other.end).min(span.end)..span.end,
    ]
}

/// Sets the mask's pixels in `pixels` (whole pixels) to `value`.
fn set_rows(clip_mask: &mut tiny_skia::Mask, pixels: Rectangle, value: u8) {
    let stride = clip_mask.width() as usize;
    let Some((columns, rows)) =
        pixel_span(pixels, stride, clip_mask.height() as usize)
    else {
        return;
    };
    let data = clip_mask.data_mut();
    for row in rows {
        data[row * stride + columns.start..row * stride + columns.end]
            .fill(value);
    }
}

/// The columns and the rows of `pixels` (whole pixels) inside an image
/// `width` × `height`; `None` when no column is.
fn pixel_span(
    pixels: Rectangle,
    width: usize,
    height: usize,
) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let clamp = |v: f32, max: usize| (v.max(0.0) as usize).min(max);
    let columns =
        clamp(pixels.x, width)..clamp(pixels.x + pixels.width, width);
    let rows =
        clamp(pixels.y, height)..clamp(pixels.y + pixels.height, height);
    (!columns.is_empty()).then_some((columns, rows))
}

/// Fills `bounds` (whole pixels) with `color`, as a `BlendMode::Source`
/// fill of that rectangle without anti-aliasing does: every pixel set to
/// the premultiplied colour (patched for medborgarkiosk). The rows are
/// written past the caches (non-temporal stores): the window's buffer was
/// last read by the display server, and filling it through the caches
/// first read every line back (a 1920×1080 frame's background took about
/// 1 ms of the press, 0.3 ms this way).
pub fn fill_background(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    bounds: Rectangle,
    color: tiny_skia::Color,
) {
    let value: u32 = bytemuck::cast(color.premultiply().to_color_u8());
    let width = pixels.width() as usize;
    let Some((columns, rows)) =
        pixel_span(bounds, width, pixels.height() as usize)
    else {
        return;
    };
    let data: &mut [u32] = bytemuck::cast_slice_mut(pixels.data_mut());
    for row in rows {
        stream_fill(
            &mut data[row * width + columns.start..row * width + columns.end],
            value,
        );
    }
    stream_fence();
}

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
fn stream_fill(row: &mut [u32], value: u32) {
    use std::arch::x86_64::{__m128i, _mm_set1_epi32, _mm_stream_si128};
    // SAFETY: every bit pattern is a valid `__m128i`, and `align_to_mut`
    // hands out only 16-byte aligned, in-bounds lanes of `row`.
    let (head, body, tail) = unsafe { row.align_to_mut::<__m128i>() };
    head.fill(value);
    tail.fill(value);
    // SAFETY: SSE2 is part of every x86_64 target.
    let lanes = unsafe { _mm_set1_epi32(value as i32) };
    for lane in body {
        // SAFETY: `lane` is an aligned, exclusive reference into `row`.
        unsafe { _mm_stream_si128(lane, lanes) };
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn stream_fill(row: &mut [u32], value: u32) {
    row.fill(value);
}

/// Orders the non-temporal stores of [`stream_fill`] before any later
/// store or read of the frame.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
fn stream_fence() {
    // SAFETY: SSE is part of every x86_64 target.
    unsafe { std::arch::x86_64::_mm_sfence() };
}

#[cfg(not(target_arch = "x86_64"))]
fn stream_fence() {}
