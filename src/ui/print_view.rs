//! The printed ticket: laid out as an iced element at the printer's width
//! (black on white, the bundled fonts, right to left where the language is),
//! rendered headless with tiny-skia, thresholded to 1 bit and encoded as
//! ESC/POS (`crate::print`).
//!
//! The queue screen prints with [`print`]: it renders and sends on a
//! background thread and resolves to a [`PrintOutcome`], so a missing, slow
//! or paperless printer never holds the UI up:
//!
//! ```ignore
//! Task::perform(print_view::print(printer.clone(), ticket), Message::Printed)
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::{Mutex, PoisonError};

use chrono::NaiveDateTime;
use iced::widget::{Column, Space, container};
use iced::{Color, Element, Length, Size};

use crate::config::Config;
use crate::i18n::Language;
use crate::print::{self, FailReason, PrintOutcome, Printer, Raster, Target, TicketPrint};
use crate::t;
use crate::ui::fonts;
use crate::ui::qr;
use crate::ui::render::{self, Camera, ScreenshotError};
use crate::ui::widget::{Place, label};

/// White space kept below the last black dot, before the feed and cut.
const BOTTOM_MARGIN: u32 = 16;
/// The first rendering height; doubled while the ticket does not fit.
const FIRST_HEIGHT: u32 = 1600;
const MAX_HEIGHT: u32 = 12_800;

/// Sizes are for 576 dots (80 mm), scaled for other widths.
fn scale(width: u32) -> f32 {
    width as f32 / 576.0
}

/// The QR code of a follow URL for a ticket `width` dots wide, `None` when
/// there is none or it is too long for a QR code.
pub fn qr_code(ticket: &TicketPrint, width: u32) -> Option<qr::Code> {
    let url = ticket.follow_url.as_deref()?;
    let cell = (8.0 * scale(width)).round().max(4.0) as u32;
    qr::Code::new(url, qr::Size::Cell(cell))
}

/// The ticket laid out `width` pixels wide, black on white. `qr` is
/// [`qr_code`] of the same ticket and width.
pub fn view<'a, M: 'a>(ticket: &TicketPrint, qr: Option<&qr::Code>, width: u32) -> Element<'a, M> {
    let language = ticket.language;
    let scale = scale(width);
    let px = |size: f32| (size * scale).round().max(8.0);
    let black = Some(Color::BLACK);
    let font = fonts::regular(language);
    let bold = fonts::bold(language);
    let line = |content: String, size: f32| -> Element<'a, M> {
        label(language, content, px(size), font, black, Place::Center)
    };
    let rule = || -> Element<'a, M> {
        container(Space::new().height(2).width(Length::Fill))
            .style(|_| container::Style {
                background: Some(Color::BLACK.into()),
                ..container::Style::default()
            })
            .into()
    };

    let mut column = Column::new()
        .width(Length::Fill)
        .spacing(px(10.0))
        .padding([px(20.0), px(16.0)])
        .push(label(
            Language::Sv,
            ticket.office.clone(),
            px(28.0),
            fonts::bold(Language::Sv),
            black,
            Place::Center,
        ))
        .push(rule())
        .push(line(t!(language, "print-your-number"), 30.0))
        .push(label(
            Language::Sv,
            ticket.number.clone(),
            px(150.0),
            fonts::bold(Language::Sv),
            black,
            Place::Center,
        ))
        .push(label(
            language,
            ticket.service.clone(),
            px(36.0),
            bold,
            black,
            Place::Center,
        ))
        .push(line(
            t!(language, "print-position", position = ticket.position),
            28.0,
        ))
        .push(line(
            t!(language, "print-wait", minutes = ticket.wait_minutes),
            28.0,
        ))
        .push(line(t!(language, "print-called"), 24.0));

    if let Some(data) = qr {
        column = column
            .push(Space::new().height(px(6.0)))
            .push(line(t!(language, "print-follow"), 24.0))
            .push(
                container(data.view())
                    .width(Length::Fill)
                    .center_x(Length::Fill),
            );
    }

    if language != Language::Sv {
        // For the staff: the number and the service in Swedish.
        column = column.push(rule()).push(label(
            Language::Sv,
            format!("{} · {}", ticket.number, ticket.service_sv),
            px(26.0),
            fonts::regular(Language::Sv),
            black,
            Place::Center,
        ));
    }

    let mut issued = ticket.issued_at.format("%Y-%m-%d %H:%M").to_string();
    if language.is_rtl() {
        // After Arabic letters the digits would become Arabic numbers and the
        // hyphens would reverse the date; an LRM keeps it one LTR run.
        issued.insert(0, '\u{200E}');
    }
    column = column
        .push(rule())
        .push(line(t!(language, "print-issued", time = issued), 22.0));

    container(column)
        .width(Length::Fixed(width as f32))
        .style(|_| container::Style {
            background: Some(Color::WHITE.into()),
            text_color: Some(Color::BLACK),
            ..container::Style::default()
        })
        .into()
}

/// Renders the ticket `width` dots wide as a 1-bit raster, cropped below
/// its last line.
pub fn render(camera: &mut Camera, ticket: &TicketPrint, width: u32) -> Raster {
    let qr = qr_code(ticket, width);
    let mut height = FIRST_HEIGHT;
    loop {
        let element: Element<'_, ()> = view(ticket, qr.as_ref(), width);
        let rgba = camera.render_element(element, Size::new(width as f32, height as f32));
        let raster = Raster::from_rgba(&rgba, width, height, print::escpos::DEFAULT_THRESHOLD);
        let content = raster.content_height();
        if content + BOTTOM_MARGIN < height || height >= MAX_HEIGHT {
            return raster.cropped(content + BOTTOM_MARGIN);
        }
        height *= 2;
    }
}

/// The bytes of a print job for `ticket` on `printer`.
pub fn job(camera: &mut Camera, ticket: &TicketPrint, printer: &Printer) -> Vec<u8> {
    let raster = render(camera, ticket, printer.width_dots);
    print::escpos::job(&raster, printer.finish())
}

struct Job {
    printer: Printer,
    ticket: TicketPrint,
    reply: tokio::sync::oneshot::Sender<PrintOutcome>,
}

/// The print thread: owns a headless renderer, takes one job at a time.
static WORKER: Mutex<Option<mpsc::Sender<Job>>> = Mutex::new(None);

/// How long a ticket waits before it is rendered for the printer: the
/// press that took it is answered by the ticket screen, whose frame would
/// otherwise wait for the text system's lock and share the two cores with
/// this rendering (Arabic, 20 tickets to `/dev/null`: "take a ticket"
/// slowest 22.1 ms, 9.5 without a printer; issue 24). A receipt printer
/// takes seconds; 100 ms more is not seen.
const SCREEN_FIRST: std::time::Duration = std::time::Duration::from_millis(100);

fn start_worker() -> Option<mpsc::Sender<Job>> {
    let (tx, rx) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name("ticket-printer".into())
        .spawn(move || {
            let mut camera = None;
            for job in rx {
                // The ticket screen first: its frame and this rendering
                // would shape text under the same lock, on the same cores.
                std::thread::sleep(SCREEN_FIRST);
                if camera.is_none() {
                    camera = Camera::new().ok();
                }
                let outcome = match camera.as_mut() {
                    Some(camera) => {
                        let bytes = self::job(camera, &job.ticket, &job.printer);
                        print::send(&job.printer, bytes)
                    }
                    None => {
                        tracing::error!("no headless renderer for printing tickets");
                        PrintOutcome::failed(FailReason::Render)
                    }
                };
                let _ = job.reply.send(outcome);
            }
        })
        .ok()?;
    Some(tx)
}

/// Prints a ticket in the background: renders it at the printer's width,
/// sends it, and resolves to the outcome (within the printer's timeouts;
/// [`FailReason::NotConfigured`] at once when there is no printer). Jobs are
/// printed one after the other.
pub fn print(
    printer: Printer,
    ticket: TicketPrint,
) -> impl Future<Output = PrintOutcome> + Send + 'static {
    let (reply, outcome) = tokio::sync::oneshot::channel();
    let mut queued = false;
    if printer.target.is_none() {
        let _ = reply.send(PrintOutcome::failed(FailReason::NotConfigured));
        queued = true;
    } else {
        let mut worker = WORKER.lock().unwrap_or_else(PoisonError::into_inner);
        let mut job = Job {
            printer,
            ticket,
            reply,
        };
        // A worker that died (a panic while rendering) is replaced once.
        for _ in 0..2 {
            if worker.is_none() {
                *worker = start_worker();
            }
            let Some(sender) = worker.as_ref() else { break };
            match sender.send(job) {
                Ok(()) => {
                    queued = true;
                    break;
                }
                Err(mpsc::SendError(back)) => {
                    job = back;
                    *worker = None;
                }
            }
        }
    }
    async move {
        if !queued {
            return PrintOutcome::failed(FailReason::Render);
        }
        outcome
            .await
            .unwrap_or(PrintOutcome::failed(FailReason::Render))
    }
}

/// The kiosk's ticket printer for [`crate::services::Services`]: renders
/// the ticket with the UI's renderer and sends it ([`print`]).
#[derive(Debug, Default)]
pub struct TicketRenderer;

impl crate::services::TicketPrinter for TicketRenderer {
    fn print(
        &self,
        printer: Printer,
        ticket: TicketPrint,
    ) -> crate::services::Effect<PrintOutcome> {
        Box::pin(print(printer, ticket))
    }
}

/// A sample ticket for `medborgarkiosk test-print` and the tests.
pub fn sample(language: Language, office: &str, issued_at: NaiveDateTime) -> TicketPrint {
    TicketPrint {
        number: "B042".into(),
        service: t!(language, "print-sample-service"),
        service_sv: t!(Language::Sv, "print-sample-service"),
        position: 5,
        wait_minutes: 15,
        issued_at,
        follow_url: Some("https://ko.botkyrka.se/f/B042-7Q2X".into()),
        language,
        office: office.to_owned(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TestPrintError {
    #[error("say where the ticket goes: --png FILE and/or --printer tcp:HOST:PORT|DEVICE")]
    NoOutput,
    #[error(transparent)]
    Target(#[from] print::BadTarget),
    #[error(transparent)]
    Render(#[from] ScreenshotError),
    #[error("printing to {target} failed: {reason}")]
    Print { target: String, reason: FailReason },
}

/// `medborgarkiosk test-print`: renders a sample ticket in `language` and
/// writes it as a PNG of the 1-bit image (what prints) and/or sends it to
/// `printer` (which overrides the target of `base`).
pub fn test_print(
    base: &Printer,
    office: &str,
    language: Language,
    png: Option<&Path>,
    printer: Option<&str>,
    issued_at: NaiveDateTime,
) -> Result<Vec<String>, TestPrintError> {
    if png.is_none() && printer.is_none() {
        return Err(TestPrintError::NoOutput);
    }
    let mut printer_config = base.clone();
    if let Some(target) = printer {
        printer_config.target = Some(target.parse::<Target>()?);
    }
    let ticket = sample(language, office, issued_at);
    let mut camera = Camera::new()?;
    let raster = render(&mut camera, &ticket, printer_config.width_dots);
    let mut done = Vec::new();
    if let Some(path) = png {
        write_raster_png(path, &raster)?;
        done.push(format!(
            "wrote {} ({}×{} dots)",
            path.display(),
            raster.width(),
            raster.height()
        ));
    }
    if let Some(target) = &printer_config.target
        && printer.is_some()
    {
        let bytes = print::escpos::job(&raster, printer_config.finish());
        let size = bytes.len();
        match print::send(&printer_config, bytes) {
            PrintOutcome::Printed => done.push(format!("sent {size} bytes to {target}")),
            PrintOutcome::Failed { reason } => {
                return Err(TestPrintError::Print {
                    target: target.to_string(),
                    reason,
                });
            }
        }
    }
    Ok(done)
}

/// [`test_print`] for `main`: prints what it did, or the error, and the
/// exit code (0 done, 1 printing or writing failed, 2 bad arguments).
pub fn test_print_cli(
    config: &Config,
    printer: &Printer,
    language: Option<Language>,
    png: Option<&Path>,
    target: Option<&str>,
    clock: &crate::clock::Clock,
) -> ExitCode {
    let language = language.unwrap_or(config.default_language());
    match test_print(
        printer,
        &config.office.name,
        language,
        png,
        target,
        clock.stockholm(),
    ) {
        Ok(done) => {
            for line in done {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e @ (TestPrintError::NoOutput | TestPrintError::Target(_))) => {
            eprintln!("test-print: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("test-print: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a raster as a black-and-white PNG.
pub fn write_raster_png(path: &Path, raster: &Raster) -> Result<(), TestPrintError> {
    // PNG grey 1-bit: 1 = white; the raster: 1 = black.
    let inverted: Vec<u8> = raster.bits().iter().map(|b| !b).collect();
    Ok(render::encode_png(
        path,
        (raster.width(), raster.height()),
        png::ColorType::Grayscale,
        png::BitDepth::One,
        &inverted,
    )?)
}
