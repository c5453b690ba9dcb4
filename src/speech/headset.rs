//! A private headset: headphones plugged into the kiosk's jack. On Linux
//! the jack is an input switch (`SW_HEADPHONE_INSERT`) on an event device,
//! read through evdev; the kiosk's user is in the `input` group (the
//! package adds it). Plugging in turns speech on and sends it, and what the
//! visitor types, only to the headset; unplugging switches back at once.
//!
//! Testable without hardware: anything that says "plugged" or "unplugged"
//! is a [`HeadsetSource`]; tests use [`FakeHeadset`].

use std::sync::mpsc;

use tokio::sync::watch;

/// Where headset changes come from.
pub trait HeadsetSource: Send + 'static {
    /// Whether headphones are plugged in now.
    fn plugged(&mut self) -> bool;
    /// Blocks until the state changes; `None` when the source is gone.
    fn next_change(&mut self) -> Option<bool>;
}

/// Watches `source` on a thread of its own; the receiver holds the state
/// (at once, then every change).
pub fn watch(mut source: impl HeadsetSource) -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(source.plugged());
    let spawned = std::thread::Builder::new()
        .name("kiosk-headset".into())
        .spawn(move || {
            while let Some(plugged) = source.next_change() {
                tracing::info!(plugged, "headset");
                if tx.send(plugged).is_err() {
                    break;
                }
            }
        });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "cannot watch the headset jack");
    }
    rx
}

/// The jack switches of the machine's event devices.
pub struct Jack {
    changes: mpsc::Receiver<bool>,
    plugged: bool,
}

impl Jack {
    /// The event devices that report a headphone jack; `None` when there
    /// is none (or none the kiosk may read).
    pub fn open() -> Option<Jack> {
        let mut plugged = false;
        let (tx, changes) = mpsc::channel();
        let mut found = 0;
        for (path, mut device) in evdev::enumerate() {
            let has_jack = device
                .supported_switches()
                .is_some_and(|s| s.contains(evdev::SwitchCode::SW_HEADPHONE_INSERT));
            if !has_jack {
                continue;
            }
            found += 1;
            if let Ok(state) = device.get_switch_state() {
                plugged |= state.contains(evdev::SwitchCode::SW_HEADPHONE_INSERT);
            }
            let tx = tx.clone();
            let name = path.display().to_string();
            let _ = std::thread::Builder::new()
                .name("kiosk-jack".into())
                .spawn(move || {
                    loop {
                        let Ok(events) = device.fetch_events() else {
                            tracing::warn!(device = %name, "headset jack device gone");
                            return;
                        };
                        for event in events {
                            if let evdev::EventSummary::Switch(
                                _,
                                evdev::SwitchCode::SW_HEADPHONE_INSERT,
                                value,
                            ) = event.destructure()
                                && tx.send(value != 0).is_err()
                            {
                                return;
                            }
                        }
                    }
                });
        }
        (found > 0).then_some(Jack { changes, plugged })
    }
}

impl HeadsetSource for Jack {
    fn plugged(&mut self) -> bool {
        self.plugged
    }

    fn next_change(&mut self) -> Option<bool> {
        loop {
            let plugged = self.changes.recv().ok()?;
            if plugged != self.plugged {
                self.plugged = plugged;
                return Some(plugged);
            }
        }
    }
}

/// A headset a test plugs in and out.
pub struct FakeHeadset {
    changes: mpsc::Receiver<bool>,
    plugged: bool,
}

/// The test's hand on a [`FakeHeadset`].
#[derive(Clone)]
pub struct FakeJack(mpsc::Sender<bool>);

impl FakeJack {
    pub fn plug(&self) {
        let _ = self.0.send(true);
    }
    pub fn unplug(&self) {
        let _ = self.0.send(false);
    }
}

impl FakeHeadset {
    pub fn new(plugged: bool) -> (FakeHeadset, FakeJack) {
        let (tx, changes) = mpsc::channel();
        (FakeHeadset { changes, plugged }, FakeJack(tx))
    }
}

impl HeadsetSource for FakeHeadset {
    fn plugged(&mut self) -> bool {
        self.plugged
    }

    fn next_change(&mut self) -> Option<bool> {
        let plugged = self.changes.recv().ok()?;
        self.plugged = plugged;
        Some(plugged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_arrive_in_order_and_the_state_is_known_at_once() {
        let (source, jack) = FakeHeadset::new(false);
        let mut rx = watch(source);
        assert!(!*rx.borrow());
        jack.plug();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            rx.changed().await.unwrap();
            assert!(*rx.borrow_and_update());
            jack.unplug();
            rx.changed().await.unwrap();
            assert!(!*rx.borrow_and_update());
        });
    }

    #[test]
    fn a_machine_without_a_jack_has_no_source() {
        // This build machine has no sound card: no device, no thread, and
        // no panic. (On a kiosk with a jack it finds it.)
        if std::path::Path::new("/dev/snd").exists() {
            return;
        }
        assert!(Jack::open().is_none());
    }
}
