//! `medborgarkiosk hash-pin`: reads a staff PIN from the terminal (without
//! echo, twice) or from standard input, and prints its Argon2id hash for
//! `[staff] pin_hash`. The PIN is never taken from the command line, where
//! other users and the shell history would see it.

use std::io::{BufRead, IsTerminal, Write};
use std::process::{Command, ExitCode, Stdio};

use super::pin;

fn set_echo(on: bool) {
    // Best effort: without stty the PIN is echoed, nothing else changes.
    let _ = Command::new("stty")
        .arg(if on { "echo" } else { "-echo" })
        .stdin(Stdio::inherit())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn read_line(prompt: Option<&str>) -> std::io::Result<String> {
    if let Some(prompt) = prompt {
        eprint!("{prompt}");
        std::io::stderr().flush()?;
        set_echo(false);
    }
    let mut line = String::new();
    let result = std::io::stdin().lock().read_line(&mut line);
    if prompt.is_some() {
        set_echo(true);
        eprintln!();
    }
    result?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

pub fn hash_pin() -> ExitCode {
    let tty = std::io::stdin().is_terminal();
    let pin = match read_line(tty.then_some("New staff PIN (6-12 digits): ")) {
        Ok(pin) => pin,
        Err(e) => {
            eprintln!("hash-pin: cannot read the PIN: {e}");
            return ExitCode::from(2);
        }
    };
    if !pin::is_well_formed(&pin) || pin.len() < pin::MIN_NEW_DIGITS {
        eprintln!("hash-pin: {}", pin::PinError::TooShort);
        return ExitCode::from(2);
    }
    if tty {
        match read_line(Some("The same PIN again: ")) {
            Ok(again) if again == pin => {}
            Ok(_) => {
                eprintln!("hash-pin: the two PINs differ; nothing was made");
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("hash-pin: cannot read the PIN: {e}");
                return ExitCode::from(2);
            }
        }
    }
    match pin::hash_pin(&pin) {
        Ok(hash) => {
            println!("{hash}");
            if tty {
                eprintln!("Put it in the kiosk config:\n[staff]\npin_hash = \"{hash}\"");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hash-pin: {e}");
            ExitCode::FAILURE
        }
    }
}
