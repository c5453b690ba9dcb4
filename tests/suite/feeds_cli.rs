//! `medborgarkiosk feed-check`, run as the built binary.

use std::io::{Read, Write};
use std::process::{Command, Output};

fn data(name: &str) -> String {
    format!("{}/tests/data/feeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn feed_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .arg("feed-check")
        .args(args)
        .output()
        .expect("run medborgarkiosk")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const NOW: &str = "2026-11-21T12:00:00+01:00";

#[test]
fn cap_chain_text_report() {
    let out = feed_check(&[&data("cap-chain.xml"), "--now", NOW]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("kind: cap (detected)"), "{text}");
    assert!(text.contains("active crisis messages (2):"), "{text}");
    assert!(
        text.contains("[Moderate/Expected] Vattenläcka på Tumba torg: vattnet avstängt till 18.00"),
        "{text}"
    );
    assert!(
        text.contains(
            "SBFF-A-101 \"Branden i Hallunda är under kontroll\": cancelled by SBFF-A-102"
        ),
        "{text}"
    );
    assert!(
        text.contains("SBFF-E-300 \"Halka i morgontrafiken\": expired at"),
        "{text}"
    );
    assert!(
        text.contains("SBFF-X-400 \"ÖVNING: gasmoln över Alby\": status Exercise is not shown"),
        "{text}"
    );
}

#[test]
fn vma_json_report() {
    let out = feed_check(&[&data("vma-alerts.json"), "--json", "--now", NOW]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "vma");
    assert_eq!(json["kind_detected"], true);
    let active = json["active"].as_array().unwrap();
    assert_eq!(active.len(), 1);
    assert_eq!(active[0]["id"], "SRVMA-2026-1121-002");
    assert_eq!(active[0]["severity"], "Severe");
    assert_eq!(active[0]["takes_over_screen"], true);
    assert_eq!(active[0]["source"], "Sveriges Radio (VMA)");
    let dropped = json["dropped"].as_array().unwrap();
    let reason = |id: &str| {
        dropped
            .iter()
            .find(|d| d["id"] == id)
            .map(|d| d["reason"]["reason"].as_str().unwrap().to_owned())
    };
    assert_eq!(reason("SRVMA-2026-1121-001").as_deref(), Some("superseded"));
    assert_eq!(reason("SRVMA-2026-1120-010").as_deref(), Some("cancelled"));
    assert_eq!(reason("SRVMA-2026-1201-TEST").as_deref(), Some("status"));
    assert_eq!(
        reason("SRVMA-2026-1121-GOTLAND").as_deref(),
        Some("other_area")
    );
    let cancelled = dropped
        .iter()
        .find(|d| d["id"] == "SRVMA-2026-1120-010")
        .unwrap();
    assert_eq!(cancelled["explanation"], "cancelled by SRVMA-2026-1120-011");
    assert_eq!(cancelled["source"]["kind"], "sveriges_radio_vma");
}

#[test]
fn now_moves_expiry() {
    let out = feed_check(&[
        &data("cap-expired.xml"),
        "--json",
        "--now",
        "2026-11-20T15:00:00+01:00",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["active"].as_array().unwrap().len(), 1);
    let out = feed_check(&[&data("cap-expired.xml"), "--json", "--now", NOW]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["active"].as_array().unwrap().len(), 0);
    assert_eq!(json["dropped"][0]["reason"]["reason"], "expired");
}

#[test]
fn latin1_rss_items_with_problems() {
    let out = feed_check(&[&data("news-latin1.xml"), "--kind", "rss"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("kind: rss (given)"), "{text}");
    assert!(
        text.contains("items the kiosk would show (2), newest first:"),
        "{text}"
    );
    assert!(
        text.contains("[sv]  Öppet hus på fritidsgården Hågelby"),
        "{text}"
    );
    assert!(text.contains("1 duplicate item(s) dropped"), "{text}");
}

#[test]
fn failures_exit_non_zero_with_a_clear_message() {
    let out = feed_check(&[&data("not-a-feed.html")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("HTML page, not a feed"),
        "{}",
        stderr(&out)
    );

    let out = feed_check(&[&data("broken.xml"), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["error"].as_str().unwrap().contains("did not parse"));

    let out = feed_check(&[&data("news-rss.xml"), "--kind", "vma"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("did not parse as kind `vma`"),
        "{}",
        stderr(&out)
    );

    let out = feed_check(&[&data("no-such-file.xml")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));

    let out = feed_check(&[&data("cap-chain.xml"), "--now", "yesterday"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--now"));
}

#[test]
fn url_source_over_loopback() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/krisinformation", listener.local_addr().unwrap());
    let body = std::fs::read(data("krisinformation-news.json")).unwrap();
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut buf = [0u8; 4096];
        let _ = stream.read(&mut buf);
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(&body).unwrap();
    });
    let out = feed_check(&[&url, "--json", "--now", NOW]);
    server.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "krisinformation");
    assert_eq!(json["active"].as_array().unwrap().len(), 4);
}

#[test]
fn config_file_feeds_table_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    // Another office (Huddinge) and exercises shown.
    std::fs::write(
        &path,
        "[feeds]\ncounty_code = \"01\"\nmunicipality_code = \"0126\"\nmunicipality_name = \"Huddinge\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .args([
            "--config",
            path.to_str().unwrap(),
            "feed-check",
            &data("krisinformation-news.json"),
            "--json",
            "--now",
            NOW,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["active"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"krisinfo-2026-1121-huddinge-brand"),
        "{ids:?}"
    );

    std::fs::write(&path, "[feeds]\nmunicipality_code = \"9999\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .args([
            "--config",
            path.to_str().unwrap(),
            "feed-check",
            &data("cap-chain.xml"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("municipality_code"),
        "{}",
        stderr(&out)
    );
}
