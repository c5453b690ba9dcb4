//! A private headset: headphones plugged into the kiosk's jack, or a USB
//! headset. On Linux the jack is an input switch (`SW_HEADPHONE_INSERT`) on
//! an event device, read through evdev (the kiosk's user is in the `input`
//! group; the package adds it); a USB headset is a USB audio card appearing
//! in `/proc/asound/cards` (route speech to it with `[speech]
//! headphone_player`, e.g. `["aplay", "-q", "-D", "plughw:CARD=Headset"]`). Plugging in turns speech on and sends it, and what the
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
pub fn watch(source: impl HeadsetSource) -> watch::Receiver<bool> {
    watch_all(vec![Box::new(source)])
}

/// Watches several sources (the jack, a USB headset): plugged while any
/// of them is.
pub fn watch_all(sources: Vec<Box<dyn HeadsetSource>>) -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    forward(sources, tx);
    rx
}

/// [`watch_all`] with the sources found on a thread (opening the event
/// devices stays off the kiosk's start-up); unplugged until they are.
pub fn watch_later<F>(find: F) -> watch::Receiver<bool>
where
    F: FnOnce() -> Vec<Box<dyn HeadsetSource>> + Send + 'static,
{
    let (tx, rx) = watch::channel(false);
    let spawned = std::thread::Builder::new()
        .name("kiosk-headset".into())
        .spawn(move || forward(find(), tx));
    if let Err(e) = spawned {
        tracing::error!(error = %e, "cannot look for a headset");
    }
    rx
}

/// Sends the sources' combined state on `tx`: now, then at every change.
fn forward(mut sources: Vec<Box<dyn HeadsetSource>>, tx: watch::Sender<bool>) {
    let states: Vec<bool> = sources.iter_mut().map(|s| s.plugged()).collect();
    // Unplugged is where the channel starts: only "plugged" is news.
    if states.iter().any(|&p| p) {
        tx.send_replace(true);
    }
    let states = std::sync::Arc::new(std::sync::Mutex::new(states));
    for (i, mut source) in sources.into_iter().enumerate() {
        let (tx, states) = (tx.clone(), states.clone());
        let spawned = std::thread::Builder::new()
            .name("kiosk-headset".into())
            .spawn(move || {
                while let Some(plugged) = source.next_change() {
                    tracing::info!(plugged, "headset");
                    let any = {
                        let mut states = states.lock().unwrap_or_else(|p| p.into_inner());
                        states[i] = plugged;
                        states.iter().any(|&p| p)
                    };
                    if tx.send(any).is_err() {
                        break;
                    }
                }
            });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "cannot watch a headset");
        }
    }
}

/// A USB headset: a USB audio card appearing in `/proc/asound/cards`
/// (checked every two seconds; a USB card needs no driver of ours).
pub struct UsbAudio {
    cards: std::path::PathBuf,
    plugged: bool,
    every: std::time::Duration,
}

impl UsbAudio {
    pub fn new() -> UsbAudio {
        UsbAudio::at(
            std::path::Path::new("/proc/asound/cards"),
            std::time::Duration::from_secs(2),
        )
    }

    /// Reads `cards` (a file in the format of `/proc/asound/cards`) every
    /// `every` (tests give a file of their own).
    pub fn at(cards: &std::path::Path, every: std::time::Duration) -> UsbAudio {
        let mut usb = UsbAudio {
            cards: cards.to_owned(),
            plugged: false,
            every,
        };
        usb.plugged = usb.read();
        usb
    }

    fn read(&self) -> bool {
        std::fs::read_to_string(&self.cards)
            .is_ok_and(|text| text.lines().any(|line| line.contains("USB-Audio")))
    }
}

impl Default for UsbAudio {
    fn default() -> Self {
        UsbAudio::new()
    }
}

impl HeadsetSource for UsbAudio {
    fn plugged(&mut self) -> bool {
        self.plugged
    }

    fn next_change(&mut self) -> Option<bool> {
        loop {
            std::thread::sleep(self.every);
            let now = self.read();
            if now != self.plugged {
                self.plugged = now;
                return Some(now);
            }
        }
    }
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
    fn a_usb_headset_appearing_is_plugged_and_any_source_will_do() {
        let dir = tempfile::tempdir().unwrap();
        let cards = dir.path().join("cards");
        std::fs::write(&cards, " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n").unwrap();
        let usb = UsbAudio::at(&cards, std::time::Duration::from_millis(20));
        let (jack, _hand) = FakeHeadset::new(false);
        let mut rx = watch_all(vec![Box::new(jack), Box::new(usb)]);
        assert!(!*rx.borrow());
        std::fs::write(
            &cards,
            " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n 1 [Headset        ]: USB-Audio - Jabra EVOLVE 20\n",
        )
        .unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(5), rx.changed())
                .await
                .expect("seen within 5 s")
                .unwrap();
            assert!(*rx.borrow_and_update());
        });
        std::fs::write(&cards, " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n").unwrap();
        runtime.block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(5), rx.changed())
                .await
                .expect("seen within 5 s")
                .unwrap();
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
