//! The attention tone played before "are you still there?": a short,
//! soft two-note chime made here as a WAV stream (no sound file to ship),
//! played by the speech output's player.

/// A chime: two notes (A5 then E5), 180 ms each, faded in and out, 16-bit
/// mono at 22 050 Hz, as a complete WAV file.
pub fn chime() -> Vec<u8> {
    const RATE: u32 = 22_050;
    let note = |freq: f32, ms: u32| -> Vec<i16> {
        let n = RATE * ms / 1000;
        (0..n)
            .map(|i| {
                let t = i as f32 / RATE as f32;
                // 10 ms fades so the chime does not click.
                let fade = (i.min(n - i) as f32 / (RATE as f32 * 0.010)).min(1.0);
                let s = (t * freq * std::f32::consts::TAU).sin() * 0.35 * fade;
                (s * f32::from(i16::MAX)) as i16
            })
            .collect()
    };
    let mut samples = note(880.0, 180);
    samples.extend(note(659.25, 180));
    wav(RATE, &samples)
}

/// 16-bit mono PCM samples as a WAV file.
pub fn wav(rate: u32, samples: &[i16]) -> Vec<u8> {
    let data = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_wav_of_two_short_notes() {
        let wav = chime();
        assert_eq!(&wav[0..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        let rate = u32::from_le_bytes(wav[24..28].try_into().unwrap());
        let data = u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize;
        assert_eq!(rate, 22_050);
        assert_eq!(wav.len(), 44 + data);
        let seconds = data as f32 / 2.0 / rate as f32;
        assert!((0.3..0.5).contains(&seconds), "{seconds}");
        // Not silence, not clipped: soft.
        let peak = wav[44..]
            .chunks(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]).unsigned_abs())
            .max()
            .unwrap();
        assert!(peak > 5_000 && peak < 16_000, "{peak}");
        // Faded in: the first sample is (near) zero.
        assert!(i16::from_le_bytes([wav[44], wav[45]]).abs() < 100);
    }
}
