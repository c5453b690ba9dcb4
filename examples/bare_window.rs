//! The floor for `scripts/measure.sh`: a bare iced 0.14 window that looks a
//! little like a kiosk (eight buttons, a title, a clock), with none of the
//! kiosk's code. A press changes the background, so the whole screen is
//! drawn again, as on the kiosk's change of screen. Copied unchanged from
//! the team's shared perf tools (`iced-min`), so its figures compare with
//! theirs; it keeps time and fonts its own way (system clock, DejaVu Sans),
//! unlike the kiosk.
//!
//! Minimal kiosk-like start screen used as a performance anchor.
//!
//! Prints to stderr (wall clock, ms since the Unix epoch):
//!   KIOSK_T_MAIN_EPOCH_MS=...        first statement of main()
//!   KIOSK_T_FIRST_VIEW_EPOCH_MS=...  first call of `view` (layout built, nothing drawn yet)
//!   KIOSK_T_FIRST_FRAME_EPOCH_MS=... first `window::frames()` message handled by `update`.
//!
//! Why the last one means "after the first present": iced_winit 0.14 broadcasts the
//! RedrawRequested event to subscriptions and then calls `compositor.present()` in the
//! same event-loop iteration; the subscription's message can only be handled by
//! `update` on a later iteration, i.e. after `present()` returned. The frames
//! subscription is dropped after the first message so it costs nothing at idle.
//!
//! Env: KIOSK_ARABIC_FONT (path to a TTF with Arabic glyphs, default DejaVuSans.ttf),
//!      KIOSK_ARABIC_FAMILY (its family name, default "DejaVu Sans"),
//!      KIOSK_FULLSCREEN=1 (ask the window manager for fullscreen as well).

use iced::futures::Stream;
use iced::futures::channel::mpsc;
use iced::widget::text::Shaping;
use iced::widget::{button, column, container, row, text};
use iced::{Background, Border, Color, Element, Font, Length, Point, Size, Subscription, window};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BG: Color = Color::from_rgb8(0xF2, 0xF2, 0xF2);
/// Background after an odd number of presses: a press repaints the whole screen, like a kiosk's
/// navigation, so tap-latency can measure a bare iced app's press-to-screen time (the floor).
const BG2: Color = Color::from_rgb8(0xE4, 0xEC, 0xF6);
const BTN: Color = Color::from_rgb8(0x1E, 0x5A, 0xA8);
const INK: Color = Color::from_rgb8(0x20, 0x20, 0x20);
const LATIN_FAMILY: &str = "DejaVu Sans";

static FIRST_VIEW: AtomicBool = AtomicBool::new(false);

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as f64 / 1000.0)
        .unwrap_or(0.0)
}

struct Kiosk {
    clock: String,
    first_frame_seen: bool,
    arabic_font: Font,
    last_pressed: Option<usize>,
    presses: u32,
}

#[derive(Debug, Clone)]
enum Message {
    Tick,
    Frame,
    Pressed(usize),
}

const LABELS: [&str; 8] = [
    "Check in",
    "Check out",
    "Tickets",
    "Map",
    "Help",
    "Language",
    "Accessibility",
    "مرحبا بكم", // "Welcome" in Arabic, shaped with Shaping::Advanced
];

fn clock_string() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format!("{:02}:{:02} UTC", (secs / 3600) % 24, (secs / 60) % 60)
}

/// A stream that yields once at every wall-clock minute boundary.
/// (The default `thread-pool` executor of iced 0.14 has no `time::every`.)
fn minute_ticks() -> impl Stream<Item = Message> {
    let (tx, rx) = mpsc::unbounded();
    std::thread::spawn(move || {
        loop {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            let into_minute = Duration::new(now.as_secs() % 60, now.subsec_nanos());
            std::thread::sleep(Duration::from_secs(60) - into_minute + Duration::from_millis(5));
            if tx.unbounded_send(Message::Tick).is_err() {
                break;
            }
        }
    });
    rx
}

impl Kiosk {
    fn update(&mut self, message: Message) {
        match message {
            Message::Tick => self.clock = clock_string(),
            Message::Frame => {
                if !self.first_frame_seen {
                    self.first_frame_seen = true;
                    eprintln!("KIOSK_T_FIRST_FRAME_EPOCH_MS={:.3}", epoch_ms());
                }
            }
            Message::Pressed(i) => {
                self.last_pressed = Some(i);
                self.presses += 1;
            }
        }
    }

    fn view(&self) -> Element<'_, Message> {
        if !FIRST_VIEW.swap(true, Ordering::Relaxed) {
            eprintln!("KIOSK_T_FIRST_VIEW_EPOCH_MS={:.3}", epoch_ms());
        }

        let make_button = |i: usize| {
            let label = text(LABELS[i]).size(44).color(Color::WHITE);
            let label = if i == 7 {
                label.font(self.arabic_font).shaping(Shaping::Advanced)
            } else {
                label
            };
            button(container(label).center(Length::Fill))
                .width(400)
                .height(220)
                .on_press(Message::Pressed(i))
                .style(|_theme, _status| button::Style {
                    background: Some(Background::Color(BTN)),
                    text_color: Color::WHITE,
                    border: Border {
                        radius: 16.0.into(),
                        ..Border::default()
                    },
                    ..button::Style::default()
                })
        };

        let grid = column![
            row((0..4).map(|i| make_button(i).into())).spacing(40),
            row((4..8).map(|i| make_button(i).into())).spacing(40),
        ]
        .spacing(40);

        let title = match self.last_pressed {
            Some(i) if self.presses % 2 == 1 => LABELS[i],
            _ => "Welcome to the Kiosk",
        };
        let bg = if self.presses % 2 == 1 { BG2 } else { BG };
        let content = column![
            text(title).size(72).color(INK),
            text(&self.clock).size(40).color(INK),
            grid,
        ]
        .spacing(48)
        .align_x(iced::Alignment::Center);

        container(content)
            .width(Length::Fill)
            .height(Length::Fill)
            .center_x(Length::Fill)
            .padding(80)
            .style(move |_| container::Style {
                background: Some(Background::Color(bg)),
                ..container::Style::default()
            })
            .into()
    }

    fn subscription(&self) -> Subscription<Message> {
        let clock = Subscription::run(minute_ticks);
        if self.first_frame_seen {
            clock
        } else {
            Subscription::batch([clock, window::frames().map(|_: Instant| Message::Frame)])
        }
    }
}

fn main() -> iced::Result {
    eprintln!("KIOSK_T_MAIN_EPOCH_MS={:.3}", epoch_ms());

    let font_path = std::env::var("KIOSK_ARABIC_FONT")
        .unwrap_or_else(|_| "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".into());
    let family: &'static str = Box::leak(
        std::env::var("KIOSK_ARABIC_FAMILY")
            .unwrap_or_else(|_| LATIN_FAMILY.into())
            .into_boxed_str(),
    );
    let font_bytes = match std::fs::read(&font_path) {
        Ok(b) => {
            eprintln!("KIOSK_ARABIC_FONT_LOADED={font_path} ({} bytes)", b.len());
            Some(b)
        }
        Err(e) => {
            eprintln!("KIOSK_ARABIC_FONT_MISSING={font_path}: {e}");
            None
        }
    };
    let arabic_font = Font::with_name(family);
    let fullscreen = std::env::var("KIOSK_FULLSCREEN").as_deref() == Ok("1");

    let mut app = iced::application(
        move || Kiosk {
            clock: clock_string(),
            first_frame_seen: false,
            arabic_font,
            last_pressed: None,
            presses: 0,
        },
        Kiosk::update,
        Kiosk::view,
    )
    .title("Kiosk")
    .subscription(Kiosk::subscription)
    .default_font(Font::with_name(LATIN_FAMILY))
    .window(window::Settings {
        size: Size::new(1920.0, 1080.0),
        position: window::Position::Specific(Point::ORIGIN),
        decorations: false,
        resizable: false,
        fullscreen,
        ..window::Settings::default()
    });
    if let Some(bytes) = font_bytes {
        app = app.font(bytes);
    }
    app.run()
}
