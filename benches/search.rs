//! Search speed over the whole bundled catalogue, one keystroke at a time
//! (`cargo bench --bench search`). Target: under 5 ms per keystroke.
//! Plain `harness = false` bench: no extra dependency.

use std::hint::black_box;
use std::time::{Duration, Instant};

use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;

/// What visitors type, as a sequence of prefixes (each prefix is one
/// keystroke), in several languages, some misspelt.
const QUERIES: &[(Language, &str)] = &[
    (Language::Sv, "forskoleplats i tumba"),
    (Language::Sv, "ekonomiskt bistand"),
    (Language::Sv, "bygglv attefall"),
    (Language::En, "buidling permit extension"),
    (Language::En, "parental benefit"),
    (Language::Ar, "رخصة البناء"),
    (Language::Ar, "تصريح الإقامة"),
    (Language::Fa, "پروانه ساختمان"),
    (Language::So, "sharciga deganaanshaha"),
    (Language::Tr, "yapi ruhsati"),
    (Language::Fi, "oleskelulupa"),
    (Language::Ti, "ፍቓድ መንበሪ"),
];

fn main() {
    let start = Instant::now();
    let catalog = Catalog::bundled().expect("bundled content loads");
    let load = start.elapsed();

    let mut keystrokes: Vec<(Language, String)> = Vec::new();
    for (lang, q) in QUERIES {
        let mut typed = String::new();
        for c in q.chars() {
            typed.push(c);
            keystrokes.push((*lang, typed.clone()));
        }
    }

    // warm-up
    for (lang, q) in &keystrokes {
        black_box(catalog.search(q, *lang, 20));
    }

    let rounds = 20;
    let mut all: Vec<Duration> = Vec::new();
    for _ in 0..rounds {
        for (lang, q) in &keystrokes {
            let t = Instant::now();
            black_box(catalog.search(black_box(q), *lang, 20));
            all.push(t.elapsed());
        }
    }
    all.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let total: Duration = all.iter().sum();
    let mean = total / all.len() as u32;
    let p99 = all[all.len() * 99 / 100];
    let worst = all[all.len() - 1];
    println!(
        "content search: {} guides, {} keystrokes x {rounds} rounds; load+index {:.1} ms; \
         per keystroke mean {:.3} ms, median {:.3} ms, p99 {:.3} ms, worst {:.3} ms (target < 5 ms)",
        catalog.guides().len(),
        keystrokes.len(),
        ms(load),
        ms(mean),
        ms(all[all.len() / 2]),
        ms(p99),
        ms(worst),
    );
    if p99 > Duration::from_millis(5) {
        println!("WARNING: p99 keystroke over the 5 ms target");
    }
}
