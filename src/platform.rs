//! Checks, before iced starts, that the machine can show a window: a display
//! server to talk to and the shared libraries that winit and xkbcommon load
//! at run time. Without this a missing library is a panic deep in winit; with
//! it the kiosk names the library and the Debian package that provides it.

use std::fmt;

/// A shared library the kiosk loads at run time, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Library {
    pub file: &'static str,
    pub debian_package: &'static str,
}

const X11: &[Library] = &[
    Library {
        file: "libX11.so.6",
        debian_package: "libx11-6",
    },
    Library {
        file: "libX11-xcb.so.1",
        debian_package: "libx11-xcb1",
    },
    Library {
        file: "libxcb.so.1",
        debian_package: "libxcb1",
    },
    Library {
        file: "libXcursor.so.1",
        debian_package: "libxcursor1",
    },
    Library {
        file: "libXi.so.6",
        debian_package: "libxi6",
    },
    Library {
        file: "libxkbcommon.so.0",
        debian_package: "libxkbcommon0",
    },
    Library {
        file: "libxkbcommon-x11.so.0",
        debian_package: "libxkbcommon-x11-0",
    },
];

const WAYLAND: &[Library] = &[
    Library {
        file: "libwayland-client.so.0",
        debian_package: "libwayland-client0",
    },
    Library {
        file: "libwayland-cursor.so.0",
        debian_package: "libwayland-cursor0",
    },
    Library {
        file: "libxkbcommon.so.0",
        debian_package: "libxkbcommon0",
    },
];

/// Only the GPU renderer needs these.
const WGPU: &[Library] = &[Library {
    file: "libEGL.so.1",
    debian_package: "libegl1 libegl-mesa0",
}];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisplayServer {
    Wayland,
    X11,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlatformError {
    NoDisplay,
    MissingLibraries {
        server: DisplayServer,
        missing: Vec<Library>,
    },
}

impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlatformError::NoDisplay => write!(
                f,
                "no display: neither WAYLAND_DISPLAY nor DISPLAY is set. Start the kiosk \
                 inside a graphical session (see deploy notes in README.md), or use \
                 `medborgarkiosk screenshots` to render screens without a display."
            ),
            PlatformError::MissingLibraries { server, missing } => {
                let server = match server {
                    DisplayServer::Wayland => "Wayland",
                    DisplayServer::X11 => "X11",
                };
                writeln!(
                    f,
                    "cannot open a {server} window: missing shared libraries:"
                )?;
                for lib in missing {
                    writeln!(
                        f,
                        "  {} (Debian/Ubuntu package: {})",
                        lib.file, lib.debian_package
                    )?;
                }
                let packages: Vec<&str> = missing.iter().map(|l| l.debian_package).collect();
                write!(
                    f,
                    "Install them with: sudo apt-get install {}",
                    packages.join(" ")
                )
            }
        }
    }
}

impl std::error::Error for PlatformError {}

/// Which display server the kiosk will use, from the environment.
pub fn display_server(
    wayland_display: Option<&str>,
    display: Option<&str>,
) -> Option<DisplayServer> {
    let set = |v: Option<&str>| v.is_some_and(|v| !v.is_empty());
    if set(wayland_display) {
        Some(DisplayServer::Wayland)
    } else if set(display) {
        Some(DisplayServer::X11)
    } else {
        None
    }
}

/// The libraries needed for a display server and renderer that `is_present`
/// reports missing.
pub fn missing_libraries(
    server: DisplayServer,
    gpu: bool,
    is_present: impl Fn(&str) -> bool,
) -> Vec<Library> {
    let base = match server {
        DisplayServer::Wayland => WAYLAND,
        DisplayServer::X11 => X11,
    };
    let extra: &[Library] = if gpu { WGPU } else { &[] };
    base.iter()
        .chain(extra)
        .filter(|lib| !is_present(lib.file))
        .copied()
        .collect()
}

/// Whether the dynamic loader can open a library.
pub fn can_load(file: &str) -> bool {
    // SAFETY: these are the system libraries winit itself would load next;
    // loading them runs their initialisers, exactly as the window would.
    unsafe { libloading::Library::new(file) }.is_ok()
}

/// The full check against this machine.
pub fn check(gpu: bool) -> Result<DisplayServer, PlatformError> {
    let wayland = std::env::var("WAYLAND_DISPLAY").ok();
    let x11 = std::env::var("DISPLAY").ok();
    let server =
        display_server(wayland.as_deref(), x11.as_deref()).ok_or(PlatformError::NoDisplay)?;
    let missing = missing_libraries(server, gpu, can_load);
    if missing.is_empty() {
        Ok(server)
    } else {
        Err(PlatformError::MissingLibraries { server, missing })
    }
}

/// Logs a panic through tracing (so it reaches journald with the other
/// logs), then lets the default hook print it. A panic on the main thread
/// (the window's thread: a lost display or GPU) ends the process with a
/// non-zero status, so systemd's `Restart=on-failure` starts a fresh kiosk.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(thread = name, %location, "panic: {}", panic_message(info));
        default(info);
        if name == "main" {
            std::process::exit(70);
        }
    }));
}

fn panic_message(info: &std::panic::PanicHookInfo<'_>) -> String {
    if let Some(s) = info.payload().downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = info.payload().downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wayland_wins_over_x11_and_empty_means_unset() {
        assert_eq!(
            display_server(Some("wayland-0"), Some(":0")),
            Some(DisplayServer::Wayland)
        );
        assert_eq!(
            display_server(Some(""), Some(":0")),
            Some(DisplayServer::X11)
        );
        assert_eq!(display_server(None, None), None);
        assert_eq!(display_server(None, Some("")), None);
    }

    #[test]
    fn a_missing_library_is_named_with_its_package() {
        let missing =
            missing_libraries(DisplayServer::X11, false, |file| file != "libXcursor.so.1");
        assert_eq!(missing.len(), 1);
        let message = PlatformError::MissingLibraries {
            server: DisplayServer::X11,
            missing,
        }
        .to_string();
        assert!(message.contains("libXcursor.so.1"), "{message}");
        assert!(message.contains("apt-get install libxcursor1"), "{message}");
    }

    #[test]
    fn gpu_adds_egl() {
        let missing = missing_libraries(DisplayServer::Wayland, true, |_| false);
        assert!(missing.iter().any(|l| l.file == "libEGL.so.1"));
        let missing = missing_libraries(DisplayServer::Wayland, false, |_| false);
        assert!(!missing.iter().any(|l| l.file == "libEGL.so.1"));
    }

    #[test]
    fn libc_is_found_and_nonsense_is_not() {
        assert!(can_load("libc.so.6"));
        assert!(!can_load("libdoes-not-exist-medborgarkiosk.so.9"));
    }
}
