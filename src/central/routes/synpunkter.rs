//! `POST /v1/synpunkter`: a synpunkt (complaint, idea, praise, question)
//! gets a reference and, with contact details, an answer-by date.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::Datelike;
use serde::Serialize;

use crate::calendar::answer_by;
use crate::central::Central;
use crate::central::http::{db_failed, idempotent, internal, post_prelude, to_json};
use crate::central::store::{self, NewSynpunkt};
use crate::central::validate::Check;
use crate::contract::{MAX_MESSAGE_CHARS, SynpunktReceipt, SynpunktRequest};
use crate::synpunkt::{Email, Phone};

pub(super) async fn create_synpunkt(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (key, hash, req) = match post_prelude::<SynpunktRequest>(
        &central,
        "POST /v1/synpunkter",
        &headers,
        body,
    )
    .await
    {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.text("service_area", &req.service_area, 100, true, false);
    check.text("message", &req.message, MAX_MESSAGE_CHARS, true, true);
    if req.topics.is_empty() {
        check.push("topics", "required", "at least one topic");
    } else if req.topics.len() > 5 {
        check.push("topics", "too_long", "at most 5 topics");
    }
    if let Some(contact) = &req.contact {
        if let Some(name) = &contact.name {
            check.text("contact.name", name, 200, false, false);
        }
        // The same rules the kiosk applies as the visitor types
        // (crate::synpunkt): one definition of an e-mail address and a
        // phone number, checked again here because the server trusts no
        // client.
        if let Some(email) = &contact.email {
            check.text("contact.email", email, 254, false, false);
            if !email.trim().is_empty() && Email::parse(email).is_err() {
                check.push("contact.email", "invalid", "not an e-mail address");
            }
        }
        if let Some(phone) = &contact.phone {
            check.text("contact.phone", phone, 40, false, false);
            if !phone.trim().is_empty() && Phone::parse(phone).is_err() {
                check.push("contact.phone", "invalid", "not a phone number");
            }
        }
    }
    check.ident("kiosk_id", &req.kiosk_id);
    check.ident("local_reference", &req.local_reference);
    check.not_future("submitted_at", req.submitted_at, central.now());
    if let Err(r) = check.finish() {
        return r;
    }
    idempotent(&central, key, hash, move |tx, _c, now| {
        let next_id = store::next_synpunkt_id(tx).map_err(db_failed)?;
        let year = now.with_timezone(&chrono_tz::Europe::Stockholm).year();
        let reference = format!("SP-{year}-{next_id:06}");
        let respond_by = req.has_contact().then(|| answer_by(req.submitted_at));
        let contact = req.contact.clone().unwrap_or_default();
        let topics = serde_json::to_string(&req.topics).map_err(|_| internal())?;
        let respond_by_text = respond_by.map(|d| d.to_string());
        store::insert_synpunkt(
            tx,
            &NewSynpunkt {
                id: next_id,
                reference: &reference,
                kind: &enum_text(&req.kind),
                service_area: &req.service_area,
                topics: &topics,
                message: &req.message,
                contact_name: contact.name.as_deref(),
                contact_email: contact.email.as_deref(),
                contact_phone: contact.phone.as_deref(),
                language: req.language.code(),
                kiosk_id: &req.kiosk_id,
                submitted_at: &req.submitted_at.to_rfc3339(),
                local_reference: &req.local_reference,
                received_at: &now.to_rfc3339(),
                respond_by: respond_by_text.as_deref(),
            },
        )
        .map_err(db_failed)?;
        tracing::info!(reference = %reference, "synpunkt received");
        let receipt = SynpunktReceipt {
            reference,
            received_at: now,
            respond_by,
        };
        Ok((StatusCode::CREATED, to_json(&receipt)?))
    })
    .await
}

/// A unit enum's bare JSON string (e.g. `complaint`).
fn enum_text<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
