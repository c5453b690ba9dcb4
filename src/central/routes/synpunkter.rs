//! `POST /v1/synpunkter`: a synpunkt (complaint, idea, praise, question)
//! gets a reference and, with contact details, an answer-by date.
//!
//! The kiosk's `submitted_at` and the server's own receipt time are both
//! stored. A kiosk clock running fast is accepted up to `[limits]
//! max_clock_skew_hours` and flagged (`clock_skew_seconds`); the answer-by
//! date counts from the earlier of the two times, so a fast clock never
//! moves it later.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::Datelike;
use serde::Serialize;

use crate::calendar::answer_by;
use crate::central::http::{
    Post, bound_to_kiosk, db_failed, idempotent, internal, post_prelude, to_json,
};
use crate::central::store::{self, NewSynpunkt, stored_time};
use crate::central::validate::Check;
use crate::central::{Central, RouteId};
use crate::contract::{MAX_MESSAGE_CHARS, SKEW_FLAG_SECONDS, SynpunktReceipt, SynpunktRequest};
use crate::synpunkt::{Email, Phone, neutralize_bidi};

pub(super) async fn create_synpunkt(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Post {
        caller,
        key,
        hash,
        body: req,
    } = match post_prelude::<SynpunktRequest>(
        &central,
        RouteId::Synpunkter,
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
    check.not_future(
        "submitted_at",
        req.submitted_at,
        central.now(),
        central.config().limits.max_clock_skew_hours,
    );
    if let Err(r) = check.finish() {
        return r;
    }
    if let Err(r) = bound_to_kiosk(&caller, &req.kiosk_id) {
        return r;
    }
    idempotent(&central, key, hash, move |tx, _c, now| {
        let next_id = store::next_synpunkt_id(tx).map_err(db_failed)?;
        let year = now.with_timezone(&chrono_tz::Europe::Stockholm).year();
        let reference = format!("SP-{year}-{next_id:06}");
        let ahead = (req.submitted_at - now).num_seconds();
        let clock_skew_seconds = (ahead > SKEW_FLAG_SECONDS).then_some(ahead);
        if let Some(seconds) = clock_skew_seconds {
            tracing::warn!(kiosk = %req.kiosk_id, seconds, "synpunkt from a kiosk whose clock runs fast");
        }
        // A fast kiosk clock never moves the promised date later.
        let respond_by = req
            .has_contact()
            .then(|| answer_by(req.submitted_at.min(now)));
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
                // Bidirectional controls removed: the caseworker sees the
                // words in the order they were typed.
                message: &neutralize_bidi(&req.message),
                contact_name: contact.name.as_deref(),
                contact_email: contact.email.as_deref(),
                contact_phone: contact.phone.as_deref(),
                language: req.language.code(),
                kiosk_id: &req.kiosk_id,
                submitted_at: &req.submitted_at.to_rfc3339(),
                local_reference: &req.local_reference,
                received_at: &stored_time(now),
                respond_by: respond_by_text.as_deref(),
                clock_skew_seconds,
            },
        )
        .map_err(db_failed)?;
        tracing::info!(reference = %reference, "synpunkt received");
        let receipt = SynpunktReceipt {
            reference,
            received_at: now,
            respond_by,
            clock_skew_seconds,
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
