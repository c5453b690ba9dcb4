//! Link flags for the kiosk's binaries (nothing is generated).
//!
//! On Linux with glibc the binaries are linked with packed relative
//! relocations (`-z pack-relative-relocs`, DT_RELR; GNU ld 2.38+, glibc
//! 2.36+, Debian 12 and newer). The kiosk is a position-independent
//! executable, so every pointer in its read-only data (vtables, string
//! tables) needs a relocation at start: as RELA entries that was a 2.4 MB
//! table the loader reads through on every start, and counted in the
//! kiosk's memory (issue 24, docs/PERFORMANCE.md); packed it is a few
//! kilobytes. The addresses are still randomised.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
