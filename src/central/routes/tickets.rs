//! `POST /v1/tickets` (a queue ticket) and
//! `POST /v1/offices/{office}/counters/{counter}/call-next`.

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{TimeZone, Utc};

use crate::calendar::stockholm_date;
use crate::central::http::{
    Post, bound_to_counter, bound_to_kiosk, db_failed, idempotent, internal, post_prelude, problem,
    to_json, unknown_office,
};
use crate::central::store::{self, NewTicket};
use crate::central::validate::Check;
use crate::central::wait::{active_counters, service_minutes, wait_minutes};
use crate::central::{Central, RouteId};
use crate::contract::{
    CallNextRequest, CallNextResponse, CalledTicket, TicketNeeds, TicketRequest, TicketResponse,
};

/// 128 random bits as 32 hex digits: the key to a ticket's follow page.
fn follow_token() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn check_needs(check: &mut Check, needs: &TicketNeeds) {
    if let Some(lang) = &needs.interpreter_language {
        let ok = !lang.is_empty()
            && lang.len() <= 35
            && lang.split('-').enumerate().all(|(i, part)| {
                let len_ok = if i == 0 {
                    (2..=8).contains(&part.len())
                } else {
                    (1..=8).contains(&part.len())
                };
                len_ok
                    && part.chars().all(|c| {
                        if i == 0 {
                            c.is_ascii_alphabetic()
                        } else {
                            c.is_ascii_alphanumeric()
                        }
                    })
            });
        if !ok {
            check.push(
                "needs.interpreter_language",
                "invalid",
                "a language tag such as \"ar\" or \"sgn-SE\"",
            );
        }
    }
}

pub(super) async fn create_ticket(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Post {
        caller,
        key,
        hash,
        body: req,
    } = match post_prelude::<TicketRequest>(
        &central,
        RouteId::Tickets,
        "POST /v1/tickets",
        &headers,
        body,
    )
    .await
    {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.text("office", &req.office, 64, true, false);
    check.text("service_id", &req.service_id, 64, true, false);
    check.ident("kiosk_id", &req.kiosk_id);
    check_needs(&mut check, &req.needs);
    if let Some(topic) = &req.topic
        && topic.parse::<crate::contract::Topic>().is_err()
    {
        check.push(
            "topic",
            "invalid_topic",
            "must be guide:<id> or tool:<id>, the id in a-z, 0-9 and -, at most 64".to_owned(),
        );
    }
    let now = central.now();
    check.not_future(
        "requested_at",
        req.requested_at,
        now,
        central.config().limits.max_clock_skew_hours,
    );
    let ahead = (req.requested_at - now).num_seconds();
    if ahead > crate::contract::SKEW_FLAG_SECONDS {
        tracing::warn!(kiosk = %req.kiosk_id, seconds = ahead, "ticket from a kiosk whose clock runs fast");
    }
    match central.config().office(&req.office) {
        None => check.push(
            "office",
            "unknown_office",
            format!("no office {:?}", req.office),
        ),
        Some(office) => {
            if office.service(&req.service_id).is_none() {
                check.push(
                    "service_id",
                    "unknown_service",
                    format!("no service {:?} in office {:?}", req.service_id, req.office),
                );
            }
        }
    }
    if let Err(r) = check.finish() {
        return r;
    }
    if let Err(r) = bound_to_kiosk(&caller, &req.kiosk_id) {
        return r;
    }
    idempotent(&central, key, hash, move |tx, c, now| {
        let Some(service) = c
            .config()
            .office(&req.office)
            .and_then(|o| o.service(&req.service_id))
        else {
            return Err(internal());
        };
        let day = stockholm_date(now).to_string();
        let seq =
            store::next_ticket_seq(tx, &req.office, &req.service_id, &day).map_err(db_failed)?;
        if seq > 999 {
            return Err(problem(
                StatusCode::CONFLICT,
                "numbers-used-up",
                "All ticket numbers of the day are used",
                Some(format!(
                    "service {:?} has issued 999 tickets today",
                    req.service_id
                )),
                Vec::new(),
            ));
        }
        let number = format!("{}{:03}", service.prefix, seq);
        // The queue on the visitor's phone: an unguessable token (128
        // bits), valid until the office closes today.
        let follow = c.config().public_base_url.as_ref().and_then(|_| {
            let office = c.config().office(&req.office)?;
            Some((follow_token(), c.config().closing(office, now)))
        });
        let needs = serde_json::to_string(&req.needs).map_err(|_| internal())?;
        let ticket = NewTicket {
            office: &req.office,
            service_id: &req.service_id,
            day: &day,
            seq,
            number: &number,
            kiosk_id: &req.kiosk_id,
            language: req.language.code(),
            needs: &needs,
            topic: req.topic.as_deref(),
            issued_at_ms: now.timestamp_millis(),
            follow: follow
                .as_ref()
                .map(|(token, until)| (token.as_str(), until.timestamp_millis())),
        };
        let id = store::insert_ticket(tx, &ticket).map_err(db_failed)?;
        let position =
            store::queue_position(tx, &req.office, &req.service_id, &day, id).map_err(db_failed)?;
        let position = position.clamp(1, i64::from(u32::MAX)) as u32;
        let default_minutes = c.config().default_service_minutes;
        let minutes = service_minutes(tx, default_minutes, &req.office, &req.service_id)
            .map_err(db_failed)?;
        let counters = active_counters(tx, &req.office, &req.service_id, now).map_err(db_failed)?;
        let follow_url = match (&c.config().public_base_url, &follow) {
            (Some(base), Some((token, _))) => Some(format!("{base}/f/{token}")),
            _ => c.config().follow_url.as_ref().map(|t| {
                t.replace("{office}", &req.office)
                    .replace("{ticket}", &number)
            }),
        };
        let response = TicketResponse {
            ticket_number: number.clone(),
            service_id: req.service_id.clone(),
            position,
            estimated_wait_minutes: wait_minutes(position, minutes, counters),
            issued_at: now,
            follow_url,
        };
        tracing::info!(ticket = %number, office = %req.office, "ticket issued");
        Ok((StatusCode::CREATED, to_json(&response)?))
    })
    .await
}

pub(super) async fn call_next(
    State(central): State<Central>,
    UrlPath((office, counter)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let route = format!("POST /v1/offices/{office}/counters/{counter}/call-next");
    let Post {
        caller,
        key,
        hash,
        body: req,
    } = match post_prelude::<CallNextRequest>(&central, RouteId::CallNext, &route, &headers, body)
        .await
    {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Some(office_config) = central.config().office(&office) else {
        return unknown_office(&office);
    };
    let mut check = Check::default();
    check.ident("counter", &counter);
    for (i, id) in req.service_ids.iter().enumerate() {
        if office_config.service(id).is_none() {
            check.push(
                &format!("service_ids[{i}]"),
                "unknown_service",
                format!("no service {id:?} in office {office:?}"),
            );
        }
    }
    if let Err(r) = check.finish() {
        return r;
    }
    if let Err(r) = bound_to_counter(&caller, &office, &counter) {
        return r;
    }
    let services: Vec<String> = if req.service_ids.is_empty() {
        office_config
            .services
            .iter()
            .map(|s| s.id.clone())
            .collect()
    } else {
        req.service_ids.clone()
    };
    idempotent(&central, key, hash, move |tx, _c, now| {
        let now_ms = now.timestamp_millis();
        store::finish_counter(tx, &office, &counter, now_ms).map_err(db_failed)?;
        let day = stockholm_date(now).to_string();
        let next = store::first_waiting(tx, &office, &day, &services).map_err(db_failed)?;
        let called = match next {
            None => None,
            Some(ticket) => {
                store::mark_called(tx, ticket.id, now_ms, &counter).map_err(db_failed)?;
                tracing::info!(ticket = %ticket.number, counter = %counter, "ticket called");
                Some(CalledTicket {
                    ticket_number: ticket.number,
                    service_id: ticket.service_id,
                    counter: counter.clone(),
                    language: ticket
                        .language
                        .parse()
                        .unwrap_or(crate::i18n::Language::DEFAULT),
                    needs: serde_json::from_str(&ticket.needs).unwrap_or_default(),
                    topic: ticket.topic,
                    issued_at: Utc
                        .timestamp_millis_opt(ticket.issued_at_ms)
                        .single()
                        .unwrap_or_default(),
                    called_at: now,
                })
            }
        };
        Ok((StatusCode::OK, to_json(&CallNextResponse { called })?))
    })
    .await
}
