//! Probe of iced 0.14's placement of right-to-left text: renders the
//! recipe used by `ui::widget::label` next to the plain approach, to
//! /tmp/rtl-probe.png. Run: `cargo run --example rtl_probe`.
use iced::widget::text::Alignment;
use iced::widget::{column, container, text};
use iced::{Element, Length, Size};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::render::{Camera, write_png};
use medborgarkiosk::ui::widget::{Place, label};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut camera = Camera::new()?;
    let font = medborgarkiosk::ui::fonts::regular(Language::Ar);
    let grey = |_: &iced::Theme| container::Style {
        background: Some(iced::Color::from_rgb(0.9, 0.9, 0.9).into()),
        ..Default::default()
    };
    let boxed = |e: Element<'static, ()>| -> Element<'static, ()> {
        container(e).width(600).style(grey).into()
    };
    let closed = "مغلق";
    let view: Element<'static, ()> = column![
        // iced's own alignment: a single RTL line is shifted off its box.
        boxed(
            text(closed)
                .font(font)
                .size(30)
                .width(Length::Fill)
                .align_x(Alignment::Right)
                .into()
        ),
        // Our recipe: right where it belongs, Latin names included.
        boxed(label(
            Language::Ar,
            closed.into(),
            30.0,
            font,
            None,
            Place::Start
        )),
        boxed(label(
            Language::Ar,
            "Medborgarcenter Tumba مغلق".into(),
            30.0,
            font,
            None,
            Place::Start
        )),
        boxed(label(
            Language::Ar,
            closed.into(),
            30.0,
            font,
            None,
            Place::Center
        )),
    ]
    .spacing(5)
    .into();
    let size = Size::new(800.0, 200.0);
    let rgba = camera.render_element(view, size);
    write_png(std::path::Path::new("/tmp/rtl-probe.png"), size, &rgba)?;
    println!("wrote /tmp/rtl-probe.png");
    Ok(())
}
