//! Ticket printing end to end: a printer on loopback TCP and a device file
//! receive the ESC/POS bytes of a rendered ticket; the test decodes them
//! itself (init, raster bands, feed, cut) and compares the image bit for bit
//! with a fresh rendering. Printers that refuse, never read or never open
//! give a typed failure within their timeouts.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::futures::executor::block_on;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::print::{
    self, Cut, FailReason, PrintOutcome, Printer, Raster, Target, TicketPrint,
};
use medborgarkiosk::ui::print_view;
use medborgarkiosk::ui::render::Camera;

fn ticket(language: Language) -> TicketPrint {
    let issued = NaiveDate::from_ymd_opt(2026, 3, 14)
        .unwrap()
        .and_hms_opt(9, 41, 0)
        .unwrap();
    print_view::sample(language, "Medborgarcenter Tumba", issued)
}

/// What a printer made of the bytes: as an ESC/POS printer reads them.
#[derive(Debug)]
struct Received {
    image: Raster,
    bands: Vec<(u16, u16)>,
    feed: u8,
    cut: u8,
}

fn decode(bytes: &[u8]) -> Received {
    assert_eq!(&bytes[..2], &[0x1B, 0x40], "the job must start with ESC @");
    let mut at = 2;
    let mut bands = Vec::new();
    let mut bits = Vec::new();
    while bytes[at..].starts_with(&[0x1D, 0x76, 0x30]) {
        assert_eq!(bytes[at + 3], 0, "normal density (m = 0)");
        let x = u16::from_le_bytes([bytes[at + 4], bytes[at + 5]]);
        let y = u16::from_le_bytes([bytes[at + 6], bytes[at + 7]]);
        let len = usize::from(x) * usize::from(y);
        bits.extend_from_slice(&bytes[at + 8..at + 8 + len]);
        bands.push((x, y));
        at += 8 + len;
    }
    assert!(!bands.is_empty(), "no GS v 0 raster image");
    assert!(
        bands.iter().all(|&(x, _)| x == bands[0].0),
        "bands of different widths: {bands:?}"
    );
    let rest = &bytes[at..];
    assert_eq!(rest.len(), 6, "after the image: {rest:02X?}");
    assert_eq!(&rest[..2], &[0x1B, 0x64], "feed (ESC d n)");
    assert_eq!(&rest[3..5], &[0x1D, 0x56], "cut (GS V m)");
    let width = u32::from(bands[0].0) * 8;
    let height: u32 = bands.iter().map(|&(_, y)| u32::from(y)).sum();
    Received {
        image: Raster::from_bits(width, height, bits).expect("rows × height bytes"),
        bands,
        feed: rest[2],
        cut: rest[5],
    }
}

/// A printer on 127.0.0.1 that reads a whole job; returns its target and
/// the thread that yields the bytes.
fn loopback_printer() -> (Target, thread::JoinHandle<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        bytes
    });
    (
        Target::Tcp {
            host: "127.0.0.1".into(),
            port,
        },
        handle,
    )
}

fn expected_image(ticket: &TicketPrint, width: u32) -> Raster {
    let mut camera = Camera::new().unwrap();
    print_view::render(&mut camera, ticket, width)
}

fn assert_same_image(got: &Raster, want: &Raster) {
    assert_eq!(
        (got.width(), got.height()),
        (want.width(), want.height()),
        "image size"
    );
    let differing = (0..want.height())
        .flat_map(|y| (0..want.width()).map(move |x| (x, y)))
        .filter(|&(x, y)| got.get(x, y) != want.get(x, y))
        .count();
    assert_eq!(differing, 0, "{differing} dots differ from the rendering");
}

#[test]
fn a_tcp_printer_receives_init_the_ticket_raster_and_a_cut() {
    let (target, received) = loopback_printer();
    let printer = Printer::at(target);
    let ticket = ticket(Language::Ar);

    let outcome = block_on(print_view::print(printer.clone(), ticket.clone()));
    assert_eq!(outcome, PrintOutcome::Printed);
    let got = decode(&received.join().unwrap());

    // 576 dots = 72 bytes a row, in bands of at most 256 rows.
    assert_eq!(got.bands[0].0, 72);
    assert!(got.bands.iter().all(|&(_, y)| (1..=256).contains(&y)));
    assert!(got.bands.len() >= 3, "a whole ticket is several bands");
    assert_eq!((got.feed, got.cut), (4, 1), "feed 4 lines, partial cut");

    let want = expected_image(&ticket, 576);
    assert!(
        want.height() > 600,
        "ticket only {} rows high",
        want.height()
    );
    assert_same_image(&got.image, &want);

    // The comparison sees a one-character difference.
    let other = TicketPrint {
        number: "B043".into(),
        ..ticket
    };
    let other = expected_image(&other, 576);
    assert!(
        other.bits() != got.image.bits(),
        "B042 and B043 printed the same"
    );
}

#[test]
fn a_device_file_receives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("lp0");
    std::fs::write(&device, b"").unwrap();
    let printer = Printer {
        width_dots: 384,
        cut: Cut::Full,
        feed_lines: 2,
        ..Printer::at(Target::Device(device.clone()))
    };
    let ticket = ticket(Language::Ti);

    let outcome = block_on(print_view::print(printer, ticket.clone()));
    assert_eq!(outcome, PrintOutcome::Printed);
    let got = decode(&std::fs::read(&device).unwrap());
    assert_eq!(got.bands[0].0, 48, "384 dots = 48 bytes a row");
    assert_eq!((got.feed, got.cut), (2, 0), "feed 2 lines, full cut");
    assert_same_image(&got.image, &expected_image(&ticket, 384));
}

fn quick(target: Target) -> Printer {
    Printer {
        connect_timeout_ms: 200,
        write_timeout_ms: 300,
        ..Printer::at(target)
    }
}

#[test]
fn a_closed_port_is_unreachable() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let printer = quick(Target::Tcp {
        host: "127.0.0.1".into(),
        port,
    });
    assert_eq!(
        block_on(print_view::print(printer, ticket(Language::Sv))),
        PrintOutcome::Failed {
            reason: FailReason::Unreachable
        }
    );
}

#[test]
fn a_printer_that_accepts_but_never_reads_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accepts and holds the connection, never reads, until told to let go.
    let (release, released) = std::sync::mpsc::channel::<()>();
    let holder = thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let _ = released.recv_timeout(Duration::from_secs(30));
        drop(stream);
    });
    let printer = quick(Target::Tcp {
        host: "127.0.0.1".into(),
        port,
    });
    // More than the socket buffers of both ends can take.
    let job = vec![0u8; 64 << 20];
    let started = Instant::now();
    let outcome = block_on(print::send_async(printer, job));
    let took = started.elapsed();
    assert_eq!(
        outcome,
        PrintOutcome::Failed {
            reason: FailReason::Timeout
        }
    );
    // 0.2 s connect + 0.3 s write + 1 s watchdog margin, with room for a
    // loaded machine; without the timeouts this would hang until the holder
    // lets go.
    assert!(took < Duration::from_millis(3500), "took {took:?}");
    release.send(()).unwrap();
    holder.join().unwrap();
}

/// A FIFO without a reader: opening it for writing blocks, like a device
/// whose driver never returns.
fn stuck_device(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("stuck-lp");
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    path
}

#[test]
fn a_stuck_device_times_out_then_is_busy_until_it_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = stuck_device(dir.path());
    let printer = quick(Target::Device(fifo.clone()));

    // Queuing a ticket returns at once: the UI thread never waits.
    let started = Instant::now();
    let pending = print_view::print(printer.clone(), ticket(Language::Fa));
    assert!(started.elapsed() < Duration::from_millis(500));
    assert_eq!(
        block_on(pending),
        PrintOutcome::Failed {
            reason: FailReason::Timeout
        }
    );
    assert!(started.elapsed() < Duration::from_secs(8));

    // The first write is still stuck: the next job fails at once.
    let started = Instant::now();
    assert_eq!(
        print::send(&printer, vec![0x1B, 0x40]),
        PrintOutcome::Failed {
            reason: FailReason::Busy
        }
    );
    assert!(started.elapsed() < Duration::from_millis(500));

    // The device comes back: a reader appears (opened read-write, so it
    // never sees an end of file between jobs) and drains what comes.
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while reader.read(&mut buffer).is_ok_and(|n| n > 0) {}
    });
    // The stuck job completes and the printer takes jobs again.
    let deadline = Instant::now() + Duration::from_secs(10);
    let outcome = loop {
        match print::send(&printer, vec![0x1B, 0x40]) {
            PrintOutcome::Failed {
                reason: FailReason::Busy,
            } if Instant::now() < deadline => thread::sleep(Duration::from_millis(50)),
            outcome => break outcome,
        }
    };
    assert_eq!(outcome, PrintOutcome::Printed);
}

#[test]
fn no_printer_configured_fails_at_once() {
    assert_eq!(
        block_on(print_view::print(Printer::default(), ticket(Language::En))),
        PrintOutcome::Failed {
            reason: FailReason::NotConfigured
        }
    );
}

#[test]
fn every_language_renders_a_ticket_of_the_printer_width() {
    let mut camera = Camera::new().unwrap();
    for language in Language::ALL {
        let image = print_view::render(&mut camera, &ticket(language), 576);
        assert_eq!(image.width(), 576);
        assert!(
            (600..3000).contains(&image.height()),
            "{language}: {} rows",
            image.height()
        );
    }
}

/// A network printer that answers `DLE EOT` status requests with `answers`
/// (in order) and then reads the rest of the job; yields what it got after
/// the answered requests.
fn status_printer(answers: Vec<(u8, u8)>) -> (Printer, thread::JoinHandle<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        for (request, answer) in answers {
            let mut got = [0u8; 3];
            stream.read_exact(&mut got).unwrap();
            assert_eq!(got, [0x10, 0x04, request], "DLE EOT {request}");
            stream.write_all(&[answer]).unwrap();
        }
        let mut rest = Vec::new();
        // The kiosk may close early (a failed check): that is an end too.
        let _ = stream.read_to_end(&mut rest);
        rest
    });
    let printer = Printer {
        check_status: true,
        connect_timeout_ms: 300,
        ..Printer::at(Target::Tcp {
            host: "127.0.0.1".into(),
            port,
        })
    };
    (printer, handle)
}

#[test]
fn status_check_reports_paper_out_and_sends_no_ticket() {
    let (printer, received) = status_printer(vec![(4, 0x72)]);
    assert_eq!(
        block_on(print_view::print(printer, ticket(Language::Sv))),
        PrintOutcome::Failed {
            reason: FailReason::PaperOut
        }
    );
    assert_eq!(received.join().unwrap(), Vec::<u8>::new());
}

#[test]
fn status_check_reports_an_open_cover() {
    let (printer, received) = status_printer(vec![(4, 0x12), (2, 0x16)]);
    assert_eq!(
        block_on(print_view::print(printer, ticket(Language::Sv))),
        PrintOutcome::Failed {
            reason: FailReason::Offline
        }
    );
    assert_eq!(received.join().unwrap(), Vec::<u8>::new());
}

#[test]
fn status_check_passes_a_ready_printer_and_prints() {
    // Paper near end is a warning in the log, not a failure.
    let (printer, received) = status_printer(vec![(4, 0x1E), (2, 0x12)]);
    let ticket = ticket(Language::En);
    assert_eq!(
        block_on(print_view::print(printer, ticket.clone())),
        PrintOutcome::Printed
    );
    let got = decode(&received.join().unwrap());
    assert_same_image(&got.image, &expected_image(&ticket, 576));
}

#[test]
fn a_printer_that_does_not_answer_status_is_printed_to_anyway() {
    let (printer, received) = status_printer(vec![]);
    let ticket = ticket(Language::Sv);
    assert_eq!(
        block_on(print_view::print(printer, ticket.clone())),
        PrintOutcome::Printed
    );
    let bytes = received.join().unwrap();
    assert_eq!(&bytes[..3], &[0x10, 0x04, 4], "the unanswered request");
    let got = decode(&bytes[3..]);
    assert_same_image(&got.image, &expected_image(&ticket, 576));
}
